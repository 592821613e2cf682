import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("isSameOrigin", () => {
  it("accepts a POST from a page of the host it was sent to", () => {
    expect(isSameOrigin(headers({ origin: "http://localhost:3000", host: "localhost:3000" }), undefined)).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://odd17.fr", host: "127.0.0.1:3000", "x-forwarded-host": "odd17.fr" }), undefined)).toBe(true);
  });

  it("refuses another site, a missing or opaque origin, and a look-alike host", () => {
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "odd17.fr" }), undefined)).toBe(false);
    expect(isSameOrigin(headers({ host: "odd17.fr" }), undefined)).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "odd17.fr" }), undefined)).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://odd17.fr.evil.example", host: "odd17.fr" }), undefined)).toBe(false);
    expect(isSameOrigin(headers({ origin: "not a url", host: "odd17.fr" }), undefined)).toBe(false);
  });

  it("with APP_URL, only that origin, whatever the Host header says", () => {
    expect(isSameOrigin(headers({ origin: "https://odd17.fr", host: "internal:3000" }), "https://odd17.fr/")).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "evil.example" }), "https://odd17.fr")).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://odd17.fr", host: "odd17.fr" }), "https://odd17.fr")).toBe(false);
  });
});
