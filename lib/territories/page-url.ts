// Territory pages used to take their members' page from the query (?page=2); it is now in the
// path (…/page/2) so that each page can be cached. Old links are redirected by the proxy. Pure.

const TERRITORY_PATH = /^\/territoires\/[^/]+\/[^/]+$/;

/** Where an old-style territory address now lives (path and query), or null when it is not one. */
export function legacyTerritoryPageTarget(pathname: string, query: URLSearchParams): { pathname: string; search: string } | null {
  if (!TERRITORY_PATH.test(pathname) || !query.has("page")) return null;
  const raw = query.get("page") ?? "";
  const rest = new URLSearchParams(query);
  rest.delete("page");
  const suffix = /^[1-9][0-9]{0,5}$/.test(raw) && raw !== "1" ? `/page/${raw}` : "";
  const search = rest.toString();
  return { pathname: `${pathname}${suffix}`, search: search ? `?${search}` : "" };
}
