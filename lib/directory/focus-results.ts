// After a visitor refines a directory search, the next page puts focus on its results' heading
// (with the count) instead of leaving it at the top of the page. The refinement is a full GET
// navigation (or a client one for the "remove this filter" links), so the request crosses page
// loads in sessionStorage, tied to the directory's path so that another page never takes it.

const KEY = "odd17:focus-results";

/** Remembers that the next page of this directory should focus its results. */
export function requestResultsFocus(pathname: string): void {
  try {
    window.sessionStorage.setItem(KEY, pathname);
  } catch {
    // Storage refused (private mode, quota): the page simply keeps the browser's focus.
  }
}

/** True once when a refinement of this directory asked for focus; the request is then spent. */
export function takeResultsFocus(pathname: string): boolean {
  try {
    const wanted = window.sessionStorage.getItem(KEY);
    if (wanted === null) return false;
    window.sessionStorage.removeItem(KEY);
    return wanted === pathname;
  } catch {
    return false;
  }
}
