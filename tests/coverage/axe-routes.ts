// Which pages the axe checks have seen, against every page of app/. Each expectNoAxeViolations
// appends the path it checked to a file of the run; the global teardown maps those paths to the
// routes of app/ and, when the whole suite ran (E2E_AXE_COVERAGE=1, set by `npm run test:e2e`),
// fails on any page no spec has checked: a new page must come with its accessibility check.
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { servedRoutePath } from "../../lib/cache/cached-routes";

/** Pages that are not checked, with the reason. */
export const PAGES_WITHOUT_AXE_CHECK: Record<string, string> = {};

function visitedFile(): string | null {
  const dir = process.env.E2E_DATA_DIR;
  return dir ? path.join(dir, "axe-checked-paths.txt") : null;
}

/** A data folder given by E2E_DATA_DIR may hold a previous run's record. */
export function resetAxeChecks() {
  const file = visitedFile();
  if (file) rmSync(file, { force: true });
}

/** The page's route path, as proxy.ts serves it (by its cached route, with or without a session). */
export function checkedPath(url: string, signedIn: boolean): string {
  const { pathname, searchParams } = new URL(url);
  return servedRoutePath(pathname, searchParams, signedIn) ?? pathname;
}

export function recordAxeCheck(url: string, signedIn: boolean) {
  const file = visitedFile();
  if (file) appendFileSync(file, `${checkedPath(url, signedIn)}\n`);
}

/** Route patterns of app/ ("/acteurs/[slug]"), route groups "(x)" left out. */
export function pageRoutes(appDir: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, /^\(.*\)$/.test(entry) ? segments : [...segments, entry]);
      else if (entry === "page.tsx") routes.push(`/${segments.join("/")}`);
    }
  };
  walk(appDir, []);
  return routes.sort();
}

/** True when a concrete path is an instance of a route pattern. */
export function matchesRoute(route: string, pathname: string): boolean {
  const pattern = route
    .split("/")
    .map((segment) => (/^\[.+\]$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${pattern}/?$`).test(decodeURI(pathname)) || (route === "/" && pathname === "/");
}

/** The routes of app/ that no recorded path matches. */
export function uncheckedRoutes(routes: string[], paths: string[]): string[] {
  return routes.filter((route) => !(route in PAGES_WITHOUT_AXE_CHECK) && !paths.some((pathname) => matchesRoute(route, pathname)));
}

export function readCheckedPaths(): string[] {
  const file = visitedFile();
  return file && existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
}
