import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkedPath, matchesRoute, pageRoutes, uncheckedRoutes } from "./axe-routes";

describe("axe coverage of the pages", () => {
  it("lists the pages of app/ as routes, route groups left out", () => {
    const routes = pageRoutes(path.resolve("app"));
    expect(routes).toContain("/accueil/[version]");
    expect(routes).toContain("/acteurs/[slug]");
    expect(routes).toContain("/territoires/[kind]/[code]");
    expect(routes.some((route) => route.includes("("))).toBe(false);
  });

  it("matches concrete paths to their route, one segment per parameter", () => {
    expect(matchesRoute("/acteurs/[slug]", "/acteurs/forez-numerique")).toBe(true);
    expect(matchesRoute("/acteurs/[slug]", "/acteurs")).toBe(false);
    expect(matchesRoute("/acteurs/[slug]", "/acteurs/a/b")).toBe(false);
    expect(matchesRoute("/acteurs", "/acteurs/")).toBe(true);
    expect(matchesRoute("/", "/")).toBe(true);
    expect(matchesRoute("/", "/odd")).toBe(false);
    expect(matchesRoute("/territoires/[kind]/[code]", "/territoires/commune/42218")).toBe(true);
  });

  it("counts the home page and a directory search for the cached route that serves them", () => {
    expect(matchesRoute("/acteurs/recherche/[query]", checkedPath("http://localhost/acteurs?q=eau", true))).toBe(true);
    expect(matchesRoute("/ressources/recherche/[query]", checkedPath("http://localhost/ressources", true))).toBe(true);
    expect(checkedPath("http://localhost/acteurs/forez-numerique?x=1", false)).toBe("/acteurs/forez-numerique");
    expect(matchesRoute("/accueil/[version]", checkedPath("http://localhost/", true))).toBe(true);
    expect(matchesRoute("/ressources/[slug]/anonyme", checkedPath("http://localhost/ressources/un-kit", false))).toBe(true);
    expect(checkedPath("http://localhost/ressources/un-kit", true)).toBe("/ressources/un-kit");
  });

  it("names the routes no checked path reaches", () => {
    expect(uncheckedRoutes(["/", "/odd", "/odd/[number]"], ["/", "/odd/17"])).toEqual(["/odd"]);
  });
});
