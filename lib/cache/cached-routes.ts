// Public addresses that Next's page cache cannot keep as they are, and the cached routes the
// proxy serves them by (the visitor's address does not change):
// - a search, /acteurs?q=…, by /acteurs/recherche/<token>, the query string in one path segment,
//   since the cache is keyed by path. An organisation whose slug is "recherche" keeps its page:
//   routes are matched whole, and /acteurs/recherche has one segment where searches have two;
// - the pages without a parameter that read the database (home, open data, the 17 goals) by a
//   route with one, /accueil/actuel: a page without a parameter is rendered at build time, which
//   has no database, while a route with one is rendered on its first visit.
// - a kit or learning path page, for visitors without a session, by its ./anonyme route: what they
//   see holds nothing of a reader (no own rating, no progress), so one render serves them all,
//   while a signed-in reader keeps the page rendered for them.
// Pure, used by the proxy and the routes.
import type { RawSearchParams } from "@/lib/directory/search-state";

/** The parameter of the cached routes of pages without one (app/(public)/accueil/[version], …). */
export const CACHED_VERSION = "actuel";

/** Pages without a parameter: the address visitors use → the cached route's prefix. */
const FIXED_ROUTES: Readonly<Record<string, string>> = {
  "/": "/accueil",
  "/donnees": "/donnees",
  "/odd": "/odd/liste",
};

/** The searches served by a token: the address visitors use → the cached route's prefix. */
const SEARCH_ROUTES: Readonly<Record<string, string>> = {
  "/acteurs": "/acteurs/recherche",
  "/alliances": "/alliances/recherche",
  "/ressources": "/ressources/recherche",
  "/territoires": "/territoires/recherche",
};

const PREFIX = "q";

/** "q" then the query string in base64url ("q" alone for none): any bytes, path-safe, reversible. */
export function searchToken(query: URLSearchParams): string {
  const search = query.toString();
  return `${PREFIX}${Buffer.from(search, "utf8").toString("base64url")}`;
}

/** The search parameters of a token, as a page's `searchParams` would hold them; null if it is not one. */
export function searchParamsFromToken(token: string): RawSearchParams | null {
  if (!token.startsWith(PREFIX) || !/^[A-Za-z0-9_-]*$/.test(token.slice(PREFIX.length))) return null;
  const query = new URLSearchParams(Buffer.from(token.slice(PREFIX.length), "base64url").toString("utf8"));
  const raw: RawSearchParams = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    raw[key] = values.length === 1 ? values[0] : values;
  }
  return raw;
}

/** The cached route that serves an address, or null when the address is served as it is. */
export function cachedRoutePath(pathname: string, query: URLSearchParams): string | null {
  const fixed = FIXED_ROUTES[pathname];
  if (fixed) return `${fixed}/${CACHED_VERSION}`;
  const prefix = SEARCH_ROUTES[pathname];
  return prefix ? `${prefix}/${searchToken(query)}` : null;
}

/** The last segment of the routes that serve kit and learning path pages to visitors without a session. */
export const ANONYMOUS_SEGMENT = "anonyme";

// A kit slugged like a sibling route keeps its per-request page rather than reach that route.
const READER_PAGES = [/^\/ressources\/(?!recherche$|parcours$)[^/]+$/, /^\/ressources\/parcours\/[^/]+$/];
// The same pages as route patterns, for the list of rewrites below (a unit test ties the two).
const READER_ROUTES = ["/ressources/[slug]", "/ressources/parcours/[slug]"];

/** The cached route that serves an address to a visitor without a session, or null. */
export function anonymousRoutePath(pathname: string): string | null {
  return READER_PAGES.some((page) => page.test(pathname)) ? `${pathname}/${ANONYMOUS_SEGMENT}` : null;
}

/** The cached route the proxy serves a GET of this address by, or null to serve the address as it is. */
export function servedRoutePath(pathname: string, query: URLSearchParams, hasSession: boolean): string | null {
  return cachedRoutePath(pathname, query) ?? (hasSession ? null : anonymousRoutePath(pathname));
}

/** One rewrite of the proxy, as route patterns of app/: the address visitors use → the route that answers. */
export type ProxyRewrite = { from: string; to: string; onlyWithoutSession: boolean };

/**
 * Every rewrite servedRoutePath does, as route patterns. docs/architecture.md lists them beside the
 * file that answers, and tests/coverage/url-map.test.ts fails when one is missing there.
 */
export function proxyRewrites(): ProxyRewrite[] {
  return [
    ...Object.entries(FIXED_ROUTES).map(([from, prefix]) => ({ from, to: `${prefix}/${CACHED_VERSION}`, onlyWithoutSession: false })),
    ...Object.entries(SEARCH_ROUTES).map(([from, prefix]) => ({ from, to: `${prefix}/[query]`, onlyWithoutSession: false })),
    ...READER_ROUTES.map((from) => ({ from, to: `${from}/${ANONYMOUS_SEGMENT}`, onlyWithoutSession: true })),
  ];
}
