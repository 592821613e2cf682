// The HTTP matrix must read every dynamic page and route of app/: one whose URL takes an id, a
// slug or a code and has no cell in ROUTES fails the suite, so a new by-id route cannot be added
// without saying who may see it. There is no list of routes left "to do": the only ones left out
// are below, each with the reason it is not a by-id route.
import { filesUnder } from "../support/files";

/** Dynamic routes left out, and why. */
export const NOT_BY_ID: Record<string, string> = {
  "/api/auth/[...nextauth]":
    "Auth.js's own endpoints (sign-in, session, callbacks), keyed by provider and action, never by a record; tested by every signed-in cell",
  "/espace/besoins-offres/[type]/nouveau":
    "a creation form: [type] is « besoins » or « offres »; its ?organisation= only preselects one of the caller's own organisations (listMyOrganisations), any other id is ignored and the form is the same for every signed-in caller",
};

// Every file name Next.js serves as a route: pages, route handlers, and the metadata routes
// (an Open Graph image or a sitemap under [slug] is a by-id route too).
const ROUTE_FILE = /\/(page\.(?:js|jsx|ts|tsx|mdx?)|route\.(?:js|ts)|(?:opengraph-image|twitter-image|icon|apple-icon|sitemap)\.(?:js|jsx|ts|tsx))$/;

/**
 * The URL pattern a file of app/ serves, or null when it serves none: groups "(public)" and
 * parallel slots "@modal" are not in the URL; a page or route handler is its folder, a metadata
 * route keeps its own name.
 */
export function routeOf(file: string): string | null {
  const match = ROUTE_FILE.exec(file);
  if (!match) return null;
  const metadata = !/^(page|route)\./.test(match[1]);
  const route = file
    .replace(/^app/, "")
    .replace(ROUTE_FILE, metadata ? `/${match[1].replace(/\.\w+$/, "")}` : "")
    .replaceAll(/\/\([^)/]+\)(?=\/|$)/g, "")
    .replaceAll(/\/@[^/]+/g, "");
  return route === "" ? "/" : route;
}

/** The URL pattern of each dynamic page, route handler or metadata route under app/ ("/acteurs/[slug]"). */
export function dynamicRoutes(files: string[] = filesUnder("app")): string[] {
  return [...new Set(files.map(routeOf).filter((route): route is string => route !== null && route.includes("[")))].sort();
}

function matcher(route: string): RegExp {
  const pattern = route
    .split("/")
    .map((segment) =>
      segment.startsWith("[[...")
        ? ".*"
        : segment.startsWith("[...")
          ? ".+"
          : segment.startsWith("[")
            ? "[^/]+"
            : segment.replaceAll(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("/");
  return new RegExp(`^${pattern}$`);
}

/** The dynamic route a path of the matrix reaches, if any. */
export function routeOfPath(path: string, routes: string[] = dynamicRoutes()): string | undefined {
  const pathname = path.split("?")[0];
  // The most specific first: "/ressources/parcours/[slug]" before "/ressources/[slug]/anonyme".
  const matching = routes.filter((route) => matcher(route).test(pathname));
  return matching.sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0))[0];
}

/** The dynamic routes no path of the matrix reaches (and that are not excused). */
export function uncoveredRoutes(paths: string[], routes: string[] = dynamicRoutes()): string[] {
  const reached = new Set(paths.map((path) => routeOfPath(path, routes)));
  return routes.filter((route) => !(route in NOT_BY_ID) && !reached.has(route));
}

/**
 * The dynamic routes refused to someone on a real id, whose cells give no private text (or
 * download type) to look for in the refusal: the matrix could not tell a refusal that shows the
 * private thing from one that does not.
 */
export function unwatchedRoutes(cells: { path: string; refusesSomeone: boolean; watched: boolean }[], routes: string[] = dynamicRoutes()): string[] {
  const refused = new Set<string>();
  const watched = new Set<string>();
  for (const cell of cells) {
    const route = routeOfPath(cell.path, routes);
    if (!route) continue;
    if (cell.refusesSomeone) refused.add(route);
    if (cell.watched) watched.add(route);
  }
  return [...refused].filter((route) => !watched.has(route)).sort();
}
