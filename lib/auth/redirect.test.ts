import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/espace", "/espace"],
    ["/espace/alliances?page=2#liste", "/espace/alliances?page=2#liste"],
    ["/invitation?token=abc", "/invitation?token=abc"],
    ["/acteurs/a/../b", "/acteurs/b"],
  ])("keeps the site path %j", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it.each([
    // The reported one: browsers strip the tab and go to evil.example.
    "/\t/evil.example",
    "/%09/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    "/.//evil.example",
    "/./\t/evil.example",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    " /espace",
    "/espace\u0000",
  ])("refuses %j", (value) => {
    const kept = safeRedirectPath(value);
    // Either refused, or (for encoded tricks) a path that stays on this site.
    if (kept !== undefined) expect(new URL(kept, "https://site.example").origin).toBe("https://site.example");
    expect(kept === undefined || !kept.startsWith("//")).toBe(true);
  });

  it("refuses the tab, backslash and scheme-relative tricks outright", () => {
    for (const value of ["/\t/evil.example", "//evil.example", "/\\evil.example", "/.//evil.example", "https://evil.example"]) {
      expect(safeRedirectPath(value)).toBeUndefined();
    }
  });

  it("never yields an address that a browser resolves to another origin", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("/", "\\", ".", "\t", "%", "0", "9", "e", "v", ":", "@", "?", "#", "x", " ") }), (value) => {
        const kept = safeRedirectPath(value);
        if (kept === undefined) return true;
        return new URL(kept, "https://site.example").origin === "https://site.example" && kept.startsWith("/") && !kept.startsWith("//");
      }),
      { numRuns: 2000 },
    );
  });
});
