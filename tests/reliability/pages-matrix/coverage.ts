// The HTTP matrix must read every dynamic page and route of app/: one whose URL takes an id, a
// slug or a code and has no cell in ROUTES fails the suite, so a new by-id route cannot be added
// without saying who may see it.
import { filesUnder } from "../support/files";

/** Dynamic routes left out, and why. */
export const NOT_BY_ID: Record<string, string> = {
  "/api/auth/[...nextauth]": "Auth.js's own endpoints (sign-in, session), tested by every signed-in cell",
  "/espace/besoins-offres/[type]/nouveau": "a creation form: [type] is « besoins » or « offres », and the organisations offered are the caller's own",
};

/** The URL pattern of each dynamic page.tsx / route.ts under app/ ("/acteurs/[slug]"). */
export function dynamicRoutes(): string[] {
  return filesUnder("app")
    .filter((file) => /\/(page\.tsx|route\.ts)$/.test(file) && file.includes("["))
    .map((file) =>
      file
        .replace(/^app/, "")
        .replace(/\/(page\.tsx|route\.ts)$/, "")
        .replaceAll(/\/\([^)]+\)/g, ""),
    );
}

function matcher(route: string): RegExp {
  const pattern = route
    .split("/")
    .map((segment) => (segment.startsWith("[...") ? ".+" : segment.startsWith("[") ? "[^/]+" : segment.replaceAll(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${pattern}$`);
}

/** The dynamic routes no path of the matrix reaches (and that are not excused). */
export function uncoveredRoutes(paths: string[]): string[] {
  const pathnames = paths.map((path) => path.split("?")[0]);
  return dynamicRoutes().filter((route) => !(route in NOT_BY_ID) && !pathnames.some((pathname) => matcher(route).test(pathname)));
}
