// The URL → file map of docs/architecture.md, read back so that a test can hold it to app/ and to
// the proxy's rewrites: a newcomer looks there for the file behind an address, so a route added
// without its row (or a row left behind by a route removed) fails the unit suite.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const URL_MAP_SECTION = "## Des URL aux fichiers";
export const REWRITES_HEADING = "### Réécritures du proxy";

/** A route of app/: its URL pattern (route groups left out) and the file that serves it. */
export type AppRoute = { route: string; file: string };

/** Every page.tsx and route.ts of app/, as repository-relative paths. */
export function appRoutes(root: string): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, /^\(.*\)$/.test(entry) ? segments : [...segments, entry]);
      else if (entry === "page.tsx" || entry === "route.ts") {
        routes.push({ route: `/${segments.join("/")}`, file: path.relative(root, full).split(path.sep).join("/") });
      }
    }
  };
  walk(path.join(root, "app"), []);
  return routes;
}

/** The code spans of a markdown table cell: "`/acteurs` (sans session)" → ["/acteurs"]. */
function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
}

/** The rows of the tables of a markdown fragment, as the code spans of each cell. */
function tableRows(markdown: string): string[][][] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line))
    .map((line) => line.slice(1, line.lastIndexOf("|")).split("|").map(codeSpans))
    .filter((cells) => cells[0]?.length > 0); // header rows have no code span in their first cell
}

export type UrlMap = {
  /** Rows of the route tables: URL pattern → file. */
  routes: { route: string; file: string }[];
  /** Rows of the rewrites table: public address → route that answers → file. */
  rewrites: { from: string; to: string; file: string }[];
};

/** Reads the URL tables of docs/architecture.md. */
export function readUrlMap(markdown: string): UrlMap {
  const start = markdown.indexOf(URL_MAP_SECTION);
  if (start === -1) throw new Error(`docs/architecture.md has no "${URL_MAP_SECTION}" section`);
  const rest = markdown.slice(start + URL_MAP_SECTION.length);
  const next = rest.search(/^## /m);
  const section = next === -1 ? rest : rest.slice(0, next);
  const rewritesStart = section.indexOf(REWRITES_HEADING);
  if (rewritesStart === -1) throw new Error(`docs/architecture.md has no "${REWRITES_HEADING}" table`);
  const afterRewrites = section.slice(rewritesStart + REWRITES_HEADING.length);
  const rewritesEnd = afterRewrites.search(/^### /m);
  const rewritesPart = rewritesEnd === -1 ? afterRewrites : afterRewrites.slice(0, rewritesEnd);
  const routesPart = section.replace(rewritesPart, "");
  return {
    routes: tableRows(routesPart).map(([route, file]) => ({ route: route[0], file: file?.[0] ?? "" })),
    rewrites: tableRows(rewritesPart).map(([from, to, file]) => ({ from: from[0], to: to?.[0] ?? "", file: file?.[0] ?? "" })),
  };
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The relative links of a markdown file that lead nowhere (missing file or missing heading). */
export function brokenLinks(root: string, file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const anchorsOf = (target: string) => new Set([...readFileSync(target, "utf8").matchAll(/^#{1,6} (.+)$/gm)].map((match) => headingAnchor(match[1])));
  const broken: string[] = [];
  for (const [, href] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(href)) continue; // https:, mailto:
    const [target, anchor] = href.split("#");
    const targetPath = target ? path.resolve(path.dirname(path.join(root, file)), target) : path.join(root, file);
    if (!existsSync(targetPath)) broken.push(href);
    else if (anchor && targetPath.endsWith(".md") && !anchorsOf(targetPath).has(decodeURIComponent(anchor))) broken.push(href);
  }
  return broken;
}
