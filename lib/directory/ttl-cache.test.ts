import { describe, expect, it } from "vitest";
import { createTtlCache, facetTtlMs } from "@/lib/directory/ttl-cache";

describe("createTtlCache", () => {
  it("returns the cached value until it expires", async () => {
    let time = 0;
    let loads = 0;
    const cache = createTtlCache<number>({ ttlMs: 100, maxEntries: 10, now: () => time });
    const load = async () => ++loads;
    expect(await cache.get("a", load)).toBe(1);
    time = 99;
    expect(await cache.get("a", load)).toBe(1);
    time = 100;
    expect(await cache.get("a", load)).toBe(2);
  });

  it("shares one load between concurrent callers", async () => {
    let loads = 0;
    const cache = createTtlCache<number>({ ttlMs: 100, maxEntries: 10 });
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
    expect(await Promise.all([cache.get("a", load), cache.get("a", load)])).toEqual([1, 1]);
  });

  it("forgets failed loads", async () => {
    const cache = createTtlCache<number>({ ttlMs: 100, maxEntries: 10 });
    await expect(cache.get("a", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await cache.get("a", async () => 3)).toBe(3);
  });

  it("drops the oldest entry when full", async () => {
    const cache = createTtlCache<string>({ ttlMs: 1000, maxEntries: 2 });
    await cache.get("a", async () => "a");
    await cache.get("b", async () => "b");
    await cache.get("c", async () => "c");
    expect(cache.size).toBe(2);
    expect(await cache.get("a", async () => "a again")).toBe("a again");
  });
});

describe("facetTtlMs", () => {
  it("is 30 s by default, off under tests, and configurable", () => {
    expect(facetTtlMs({})).toBe(30_000);
    expect(facetTtlMs({ NODE_ENV: "test" })).toBe(0);
    expect(facetTtlMs({ DIRECTORY_FACETS_TTL_SECONDS: "5" })).toBe(5000);
    expect(facetTtlMs({ DIRECTORY_FACETS_TTL_SECONDS: "-1" })).toBe(30_000);
  });
});
