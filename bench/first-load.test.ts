import { describe, expect, it } from "vitest";
import { firstLoadSizes, frameworkChunks, gzipSize, isPublicRoute, parseRouteBundleStats } from "./first-load";

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
    expect(sizes[0]).toEqual({ route: "/", rawBytes: 1011, gzipBytes: gzipSize(files.a) + gzipSize(files.b), frameworkGzipBytes: 0 });
    expect(sizes[1].gzipBytes).toBe(gzipSize(files.b));
    expect(sizes[0].gzipBytes).toBeLessThan(sizes[0].rawBytes);
  });
});

describe("frameworkChunks", () => {
  it("names the root main files as the route stats do, and leaves the polyfills out", () => {
    const chunks = frameworkChunks({
      polyfillFiles: ["static/chunks/polyfill.js"],
      rootMainFiles: ["static/chunks/react-dom.js", "static/chunks/next.js"],
    });
    expect([...chunks]).toEqual([".next/static/chunks/react-dom.js", ".next/static/chunks/next.js"]);
    expect(chunks.has(".next/static/chunks/polyfill.js")).toBe(false);
    expect(() => frameworkChunks({})).toThrow();
  });

  it("splits each page's size into the framework's part and its own", () => {
    const files: Record<string, string> = { ".next/r.js": "react ".repeat(200), ".next/p.js": "page code" };
    const [size] = firstLoadSizes([{ route: "/", chunks: [".next/r.js", ".next/p.js"] }], (chunk) => Buffer.from(files[chunk]), new Set([".next/r.js"]));
    expect(size.frameworkGzipBytes).toBe(gzipSize(files[".next/r.js"]));
    expect(size.gzipBytes - size.frameworkGzipBytes).toBe(gzipSize(files[".next/p.js"]));
  });
});
