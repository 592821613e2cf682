import { describe, expect, it } from "vitest";
import { appOrigin, checkAppUrl, commandPort, refusesOrigin } from "./app-url";

describe("checkAppUrl", () => {
  it.each([
    ["https://odd17.exemple.fr", "https://odd17.exemple.fr"],
    ["https://odd17.exemple.fr/", "https://odd17.exemple.fr"],
    ["  HTTPS://ODD17.Exemple.FR:443/ ", "https://odd17.exemple.fr"],
    ["http://localhost:3224", "http://localhost:3224"],
  ])("accepts %s as %s", (value, origin) => {
    expect(checkAppUrl(value)).toEqual({ ok: true, origin });
  });

  it.each([
    ["a relative address", "/odd17"],
    ["a bare host", "odd17.exemple.fr"],
    ["another scheme", "ftp://odd17.exemple.fr"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a path", "https://odd17.exemple.fr/app"],
    ["a query", "https://odd17.exemple.fr/?x=1"],
    ["an empty query", "https://odd17.exemple.fr/?"],
    ["a fragment", "https://odd17.exemple.fr/#top"],
    ["credentials", "https://user:secret@odd17.exemple.fr"],
  ])("refuses %s", (_label, value) => {
    expect(checkAppUrl(value).ok).toBe(false);
  });
});

describe("appOrigin", () => {
  it("is APP_URL's origin", () => {
    expect(appOrigin({ APP_URL: "https://odd17.exemple.fr/" })).toBe("https://odd17.exemple.fr");
  });

  it("falls back to localhost on PORT, never to a request, when APP_URL is missing or invalid", () => {
    expect(appOrigin({})).toBe("http://localhost:3000");
    expect(appOrigin({ PORT: "3224" })).toBe("http://localhost:3224");
    expect(appOrigin({ APP_URL: "https://odd17.exemple.fr/chemin", PORT: "4000" })).toBe("http://localhost:4000");
  });
});

describe("refusesOrigin", () => {
  const site = "https://odd17.exemple.fr";
  const post = (origin: string | null, pathname = "/connexion") => refusesOrigin({ method: "POST", pathname, origin }, site);

  it("lets the site's own origin through", () => {
    expect(post("https://odd17.exemple.fr")).toBe(false);
    expect(refusesOrigin({ method: "post", pathname: "/espace/compte", origin: "https://ODD17.exemple.fr:443" }, site)).toBe(false);
  });

  it.each([
    ["another site", "https://evil.example"],
    ["a sub-domain", "https://evil.odd17.exemple.fr"],
    ["a look-alike suffix", "https://odd17.exemple.fr.evil.example"],
    ["the site over http", "http://odd17.exemple.fr"],
    ["another port", "https://odd17.exemple.fr:8443"],
    ["an opaque origin", "null"],
    ["garbage", "pas une origine"],
  ])("refuses a change from %s", (_label, origin) => {
    expect(post(origin)).toBe(true);
    expect(refusesOrigin({ method: "PUT", pathname: "/", origin }, site)).toBe(true);
  });

  it("refuses a change without Origin (every browser sends it on a POST)", () => {
    expect(post(null)).toBe(true);
  });

  it("never blocks reading, nor the route handlers under /api/", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(refusesOrigin({ method, pathname: "/espace", origin: "https://evil.example" }, site)).toBe(false);
    expect(post("https://evil.example", "/api/auth/callback/password")).toBe(false);
    expect(post(null, "/api/v1/acteurs")).toBe(false);
    expect(post("https://evil.example", "/apiculture")).toBe(true);
  });
});

describe("commandPort", () => {
  it.each([
    [["next", "start", "-p", "3224"], "3224"],
    [["next", "start", "-p3225"], "3225"],
    [["next", "start", "--port", "3226"], "3226"],
    [["next", "start", "--port=3227", "-H", "localhost"], "3227"],
    [["next", "start", "-p", "1", "-p", "3228"], "3228"],
  ])("reads %j", (command, port) => {
    expect(commandPort(command, {})).toBe(port);
  });

  it("falls back to PORT, then 3000", () => {
    expect(commandPort(["next", "start"], { PORT: "4000" })).toBe("4000");
    expect(commandPort(["next", "start"], {})).toBe("3000");
  });
});
