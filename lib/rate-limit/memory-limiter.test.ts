import { describe, expect, it } from "vitest";
import { createMemoryLimiter, memoryLimiter } from "@/lib/rate-limit/memory-limiter";

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("the in-memory limiter", () => {
  const rule = { limit: 3, windowSeconds: 60 };

  it("allows `limit` requests per window, then refuses with the seconds left", () => {
    const time = clock();
    const limiter = createMemoryLimiter({ now: time.now });
    expect([1, 2, 3].map(() => limiter.hit("api:ip:a", rule))).toEqual([
      { allowed: true, remaining: 2, retryAfterSeconds: 0 },
      { allowed: true, remaining: 1, retryAfterSeconds: 0 },
      { allowed: true, remaining: 0, retryAfterSeconds: 0 },
    ]);
    time.advance(17_500);
    expect(limiter.hit("api:ip:a", rule)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 43 });
    // Another key has its own budget.
    expect(limiter.hit("api:ip:b", rule)).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("starts a new window at the first request after the last one ended", () => {
    const time = clock();
    const limiter = createMemoryLimiter({ now: time.now });
    for (let n = 0; n < 5; n += 1) limiter.hit("k", rule);
    time.advance(59_999);
    expect(limiter.hit("k", rule).allowed).toBe(false);
    time.advance(1);
    expect(limiter.hit("k", rule)).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
    // The new window is counted from that request.
    time.advance(59_000);
    limiter.hit("k", rule);
    limiter.hit("k", rule);
    expect(limiter.hit("k", rule)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
  });

  it("never holds more than maxKeys counters, forgetting the least recently seen client first", () => {
    const limiter = createMemoryLimiter({ maxKeys: 100 });
    for (let n = 0; n < 3; n += 1) limiter.hit("busy", rule);
    for (let n = 0; n < 10_000; n += 1) {
      limiter.hit(`api:ip:198.51.${Math.floor(n / 256)}.${n % 256}`, rule);
      // The client being limited keeps calling: a flood of new addresses does not reset it.
      if (n % 50 === 0) expect(limiter.hit("busy", rule).allowed).toBe(false);
    }
    expect(limiter.size).toBe(100);
  });

  it("is one instance per process", () => {
    expect(memoryLimiter()).toBe(memoryLimiter());
  });
});
