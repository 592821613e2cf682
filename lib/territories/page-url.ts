// The members' page number of a territory's address: in the path (…/page/2) so that each page can
// be cached; old links with ?page=2 are redirected by the proxy. One reading of the number serves
// both. Pure, without zod: the proxy runs it on every request.

/** The highest page number any territory list accepts. */
export const MAX_PAGE = 100_000;

const TERRITORY_PATH = /^\/territoires\/[^/]+\/[^/]+$/;

/** "2" in /territoires/epci/…/page/2: plain digits up to MAX_PAGE, else null (404). */
export function parsePathPageNumber(raw: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_PAGE ? page : null;
}

/** Where an old-style territory address now lives (path and query), or null when it is not one. */
export function legacyTerritoryPageTarget(pathname: string, query: URLSearchParams): { pathname: string; search: string } | null {
  if (!TERRITORY_PATH.test(pathname) || !query.has("page")) return null;
  const page = parsePathPageNumber(query.get("page") ?? "");
  const rest = new URLSearchParams(query);
  rest.delete("page");
  const search = rest.toString();
  return { pathname: page && page > 1 ? `${pathname}/page/${page}` : pathname, search: search ? `?${search}` : "" };
}
