import { describe, expect, it } from "vitest";
import { etagMatches, weakEtag } from "./etag";

describe("entity tags", () => {
  it("depend on the body only", () => {
    expect(weakEtag('{"a":1}')).toBe(weakEtag('{"a":1}'));
    expect(weakEtag('{"a":1}')).not.toBe(weakEtag('{"a":2}'));
    expect(weakEtag("x")).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
  });

  it("match If-None-Match weakly, in lists and with *", () => {
    const tag = weakEtag("body");
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(tag.replace("W/", ""), tag)).toBe(true);
    expect(etagMatches(`W/"other", ${tag}`, tag)).toBe(true);
    expect(etagMatches("*", tag)).toBe(true);
    expect(etagMatches(null, tag)).toBe(false);
    expect(etagMatches('W/"other"', tag)).toBe(false);
  });
});
