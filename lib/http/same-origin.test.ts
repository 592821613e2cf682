import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const SITE = "https://odd17.fr";
const from = (entries: Record<string, string>) => new Headers(entries);

describe("isSameOrigin", () => {
  it("accepts a POST from a page of the site", () => {
    expect(isSameOrigin(from({ origin: "https://odd17.fr" }), SITE)).toBe(true);
    expect(isSameOrigin(from({ origin: "https://ODD17.fr:443" }), SITE)).toBe(true);
  });

  it("refuses another site, a missing or opaque origin, a look-alike, and never trusts Host", () => {
    expect(isSameOrigin(from({ origin: "https://evil.example", host: "evil.example", "x-forwarded-host": "evil.example" }), SITE)).toBe(false);
    expect(isSameOrigin(from({ host: "odd17.fr" }), SITE)).toBe(false);
    expect(isSameOrigin(from({ origin: "null" }), SITE)).toBe(false);
    expect(isSameOrigin(from({ origin: "https://odd17.fr.evil.example" }), SITE)).toBe(false);
    expect(isSameOrigin(from({ origin: "http://odd17.fr" }), SITE)).toBe(false);
    expect(isSameOrigin(from({ origin: "not a url" }), SITE)).toBe(false);
  });

  it("defaults to APP_URL's origin", () => {
    const saved = process.env.APP_URL;
    process.env.APP_URL = "https://odd17.fr/";
    try {
      expect(isSameOrigin(from({ origin: "https://odd17.fr" }))).toBe(true);
      expect(isSameOrigin(from({ origin: "http://localhost:3000" }))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.APP_URL;
      else process.env.APP_URL = saved;
    }
  });
});
