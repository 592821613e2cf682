import { describe, expect, it } from "vitest";
import { cachedLoader, referenceTtlMs } from "./reference-cache";

function counter() {
  let calls = 0;
  return {
    load: async () => {
      calls += 1;
      return calls;
    },
    get calls() {
      return calls;
    },
  };
}

describe("cachedLoader", () => {
  it("serves the cached value within the TTL and reloads once it has expired: staleness ≤ TTL", async () => {
    let time = 1_000;
    const source = counter();
    const get = cachedLoader(source.load, 30_000, () => time);
    expect(await get()).toBe(1);
    time += 29_999;
    expect(await get()).toBe(1);
    time += 1;
    expect(await get()).toBe(2);
    expect(source.calls).toBe(2);
  });

  it("shares one load between concurrent callers", async () => {
    const source = counter();
    const get = cachedLoader(source.load, 60_000);
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    expect(source.calls).toBe(1);
  });

  it("does not keep a failed load", async () => {
    let fail = true;
    const get = cachedLoader(async () => {
      if (fail) throw new Error("database down");
      return "ok";
    }, 60_000);
    await expect(get()).rejects.toThrow("database down");
    fail = false;
    expect(await get()).toBe("ok");
  });

  it("calls the source every time when the TTL is 0", async () => {
    const source = counter();
    const get = cachedLoader(source.load, 0);
    await get();
    await get();
    expect(source.calls).toBe(2);
  });
});

describe("referenceTtlMs", () => {
  it("is 10 minutes by default, off under tests, and configurable", () => {
    expect(referenceTtlMs({ NODE_ENV: "production" })).toBe(600_000);
    expect(referenceTtlMs({ NODE_ENV: "test" })).toBe(0);
    expect(referenceTtlMs({ NODE_ENV: "production", REFERENCE_CACHE_TTL_SECONDS: "5" })).toBe(5_000);
    expect(referenceTtlMs({ NODE_ENV: "production", REFERENCE_CACHE_TTL_SECONDS: "-1" })).toBe(600_000);
  });
});
