import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { proxyRewrites, servedRoutePath } from "../../lib/cache/cached-routes";
import { matchesRoute } from "./axe-routes";
import { appRoutes, brokenLinks, headingAnchor, readUrlMap } from "./url-map";

const root = path.resolve(import.meta.dirname, "../..");
const map = readUrlMap(readFileSync(path.join(root, "docs/architecture.md"), "utf8"));
const routes = appRoutes(root);

describe("the URL → file table of docs/architecture.md", () => {
  it("lists every page.tsx and route.ts of app/ with the file that serves it", () => {
    const missing = routes
      .filter(({ route, file }) => !map.routes.some((row) => row.route === route && row.file === file))
      .map(({ route, file }) => `${route} → ${file}`);
    expect(missing, "add a row to the URL table of docs/architecture.md").toEqual([]);
  });

  it("has no row for a file that no longer exists", () => {
    const stale = [...map.routes, ...map.rewrites].filter((row) => !existsSync(path.join(root, row.file))).map((row) => row.file);
    expect(stale).toEqual([]);
  });

  it("lists every rewrite of the proxy, with the file that really answers", () => {
    const missing = proxyRewrites()
      .filter(({ from, to }) => {
        // A pattern names its route exactly; a concrete path (/accueil/actuel) is matched.
        const answering = routes.find(({ route }) => route === to) ?? routes.find(({ route }) => matchesRoute(route, to));
        return !map.rewrites.some((row) => row.from === from && row.to === to && row.file === answering?.file);
      })
      .map(({ from, to }) => `${from} → ${to}`);
    expect(missing, "add a row to the rewrites table of docs/architecture.md").toEqual([]);
    expect(map.rewrites.length).toBe(proxyRewrites().length);
  });

  it("each route reached through a rewrite says its public address on its first line", () => {
    const files = new Set(map.rewrites.map((row) => row.file));
    const silent = [...files].filter((file) => !/^\/\/ Route: \S+.*rewritten by proxy\.ts/.test(readFileSync(path.join(root, file), "utf8")));
    expect(silent, "start the file with // Route: <public URL> (rewritten by proxy.ts from …)").toEqual([]);
  });

  it("the list of rewrites says what the proxy does", () => {
    // Each pattern's instance must be served by the declared route, with or without a session.
    for (const { from, to, onlyWithoutSession } of proxyRewrites()) {
      const address = from.replace(/\[[^\]]+\]/g, "exemple");
      const served = servedRoutePath(address, new URLSearchParams("q=a"), false);
      expect(served && matchesRoute(to, served), `${address} → ${served}`).toBe(true);
      expect(servedRoutePath(address, new URLSearchParams("q=a"), true) === null).toBe(onlyWithoutSession);
    }
  });
});

describe("links of the README and docs/", () => {
  it("resolve to a file, and to a heading when they name one", () => {
    const files = [
      "README.md",
      ...readdirSync(path.join(root, "docs"))
        .filter((name) => name.endsWith(".md"))
        .map((name) => `docs/${name}`),
    ];
    const broken = files.flatMap((file) => brokenLinks(root, file).map((href) => `${file}: ${href}`));
    expect(broken).toEqual([]);
  });

  it("make anchors as GitHub does", () => {
    expect(headingAnchor("Fiabilité : ce que prouve `npm run test:reliability`")).toBe("fiabilité--ce-que-prouve-npm-run-testreliability");
    expect(headingAnchor("Tâches planifiées (cron)")).toBe("tâches-planifiées-cron");
  });
});
