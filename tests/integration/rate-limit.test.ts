import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RateLimitError } from "@/lib/errors";
import { assertRateLimit, deleteExpiredBuckets, hit, resetRateLimit } from "@/lib/rate-limit/rate-limit.mutations";

afterAll(async () => {
  await db.$disconnect();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("fixed-window rate limit", () => {
  it("allows 5 hits in the window, then refuses the 6th with the time left", async () => {
    const key = `test:${randomUUID()}`;
    const rule = { limit: 5, windowSeconds: 60 };
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await hit(key, rule));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
    expect(results[0].retryAfterSeconds).toBe(0);
    expect(results[5].retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(results[5].retryAfterSeconds).toBeLessThanOrEqual(60);
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key } });
    expect(bucket.count).toBe(6);
    // Stored in UTC like every Prisma timestamp: read back through Prisma, it ends in about 60 s.
    expect(Math.abs(bucket.resetAt.getTime() - (Date.now() + 60_000))).toBeLessThan(5_000);
  });

  it("keeps keys apart", async () => {
    const rule = { limit: 1, windowSeconds: 60 };
    const a = `test:${randomUUID()}`;
    const b = `test:${randomUUID()}`;
    expect((await hit(a, rule)).allowed).toBe(true);
    expect((await hit(a, rule)).allowed).toBe(false);
    expect((await hit(b, rule)).allowed).toBe(true);
  });

  it("starts a new window once the previous one has ended", async () => {
    const key = `test:${randomUUID()}`;
    const rule = { limit: 2, windowSeconds: 1 };
    expect((await hit(key, rule)).allowed).toBe(true);
    expect((await hit(key, rule)).allowed).toBe(true);
    const refused = await hit(key, rule);
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    await sleep(1_100);
    expect(await hit(key, rule)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect(await db.rateLimitBucket.findUnique({ where: { key } })).toMatchObject({ count: 1 });
  });

  it("allows exactly the limit among concurrent hits", async () => {
    const key = `test:${randomUUID()}`;
    const rule = { limit: 5, windowSeconds: 60 };
    // Open the pool's connections first, so the hits really run side by side.
    await Promise.all(Array.from({ length: 10 }, () => db.$queryRaw`SELECT 1 AS ok FROM pg_sleep(0.05)`));
    const results = await Promise.all(Array.from({ length: 20 }, () => hit(key, rule)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.filter((r) => !r.allowed)).toHaveLength(15);
    expect(await db.rateLimitBucket.findUnique({ where: { key } })).toMatchObject({ count: 20 });
  });

  it("assertRateLimit counts every key and refuses in French when one is over", async () => {
    const email = `signin:email:${randomUUID()}`;
    const ip = `signin:ip:${randomUUID()}`;
    const rule = { limit: 2, windowSeconds: 60 };
    await assertRateLimit([email, ip], rule);
    await assertRateLimit([email], rule);
    const error = await assertRateLimit([email, ip], rule).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).message).toMatch(/^Trop de tentatives\. Réessayez dans (59|60) secondes\.$/);
    expect(await db.rateLimitBucket.findUnique({ where: { key: ip } })).toMatchObject({ count: 2 });
    await resetRateLimit([email]);
    await expect(assertRateLimit([email], rule)).resolves.toBeUndefined();
  });

  it("purges the buckets whose window has ended", async () => {
    const key = `test:${randomUUID()}`;
    await hit(key, { limit: 1, windowSeconds: 1 });
    await sleep(1_100);
    expect(await deleteExpiredBuckets()).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitBucket.findUnique({ where: { key } })).toBeNull();
  });
});
