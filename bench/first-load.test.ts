import { describe, expect, it } from "vitest";
import { firstLoadSizes, gzipSize, isPublicRoute, parseRouteBundleStats } from "./first-load";

describe("parseRouteBundleStats", () => {
  it("reads route and chunk paths, skipping malformed entries", () => {
    const parsed = parseRouteBundleStats([
      { route: "/", firstLoadUncompressedJsBytes: 10, firstLoadChunkPaths: [".next/static/chunks/a.js", ".next/static/chunks/b.js"] },
      { route: "/x" },
      "junk",
    ]);
    expect(parsed).toEqual([{ route: "/", chunks: [".next/static/chunks/a.js", ".next/static/chunks/b.js"] }]);
    expect(() => parseRouteBundleStats({})).toThrow();
  });
});

describe("isPublicRoute", () => {
  it("keeps the public site only", () => {
    expect(isPublicRoute("/")).toBe(true);
    expect(isPublicRoute("/acteurs/[slug]")).toBe(true);
    expect(isPublicRoute("/espace/diagnostics/[id]/rapport")).toBe(false);
    expect(isPublicRoute("/admin")).toBe(false);
    expect(isPublicRoute("/_not-found")).toBe(false);
    expect(isPublicRoute("/api/bench/ping")).toBe(false);
    expect(isPublicRoute("/espaces-verts")).toBe(true);
  });
});

describe("firstLoadSizes", () => {
  it("sums gzipped sizes of the distinct chunks, reading each chunk once", () => {
    const files: Record<string, string> = { a: "x".repeat(1000), b: "hello world" };
    const reads: string[] = [];
    const sizes = firstLoadSizes(
      [
        { route: "/", chunks: ["a", "b", "a"] },
        { route: "/y", chunks: ["b"] },
      ],
      (chunk) => {
        reads.push(chunk);
        return Buffer.from(files[chunk]);
      },
    );
    expect(reads).toEqual(["a", "b"]);
    expect(sizes[0]).toEqual({ route: "/", rawBytes: 1011, gzipBytes: gzipSize(files.a) + gzipSize(files.b) });
    expect(sizes[1].gzipBytes).toBe(gzipSize(files.b));
    expect(sizes[0].gzipBytes).toBeLessThan(sizes[0].rawBytes);
  });
});
