// Searches are pages like any other for the cache: the proxy rewrites /acteurs?q=… to
// /acteurs/recherche/<token>, the query string in one path segment, so that Next's page cache
// (keyed by path) can keep each search's page. An organisation whose slug is "recherche" keeps its
// page: routes are matched whole, and /acteurs/recherche has one segment where searches have two.
// Pure, used by the proxy and the routes.
import type { RawSearchParams } from "./search-state";

/** The directories served this way: the address visitors use → the cached route's prefix. */
export const CACHED_SEARCH_PATHS: Readonly<Record<string, string>> = {
  "/acteurs": "/acteurs/recherche",
  "/alliances": "/alliances/recherche",
  "/ressources": "/ressources/recherche",
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

/** Where the proxy sends a directory's address, or null for any other path. */
export function cachedSearchPath(pathname: string, query: URLSearchParams): string | null {
  const prefix = CACHED_SEARCH_PATHS[pathname];
  return prefix ? `${prefix}/${searchToken(query)}` : null;
}
