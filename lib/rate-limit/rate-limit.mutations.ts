import "server-only";
import { db } from "@/lib/db";
import { RateLimitError } from "@/lib/errors";
import { toRateLimitResult, type RateLimitResult, type RateLimitRule } from "@/lib/rate-limit/rate-limit";

/**
 * Counts `cost` requests (one by default; e.g. the number of e-mails a message fans out to) on `key`. A single INSERT … ON CONFLICT DO UPDATE takes the row lock, so
 * concurrent hits on any number of app servers are serialised by PostgreSQL: no lost update, and
 * exactly `limit` of them are allowed per window. The window restarts at the first hit after it
 * ended. Times are compared in the database, in UTC like every Prisma timestamp, so app servers'
 * clocks do not matter.
 */
export async function hit(key: string, rule: RateLimitRule, cost = 1): Promise<RateLimitResult> {
  const amount = Math.min(Math.max(1, Math.trunc(cost) || 1), 100_000);
  // now() is fixed for the statement, so every mention below is the same instant.
  const rows = await db.$queryRaw<{ count: number; secondsUntilReset: number }[]>`
    INSERT INTO "RateLimitBucket" AS bucket ("key", "count", "resetAt")
    VALUES (${key}, CAST(${amount} AS integer), (now() AT TIME ZONE 'UTC') + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN bucket."resetAt" <= (now() AT TIME ZONE 'UTC') THEN CAST(${amount} AS integer)
                     ELSE LEAST(bucket."count", 2147483647 - CAST(${amount} AS integer)) + CAST(${amount} AS integer) END,
      "resetAt" = CASE WHEN bucket."resetAt" <= (now() AT TIME ZONE 'UTC') THEN EXCLUDED."resetAt"
                       ELSE bucket."resetAt" END
    RETURNING bucket."count",
      EXTRACT(EPOCH FROM (bucket."resetAt" - (now() AT TIME ZONE 'UTC')))::float8 AS "secondsUntilReset"`;
  const row = rows[0];
  return toRateLimitResult(Number(row.count), Number(row.secondsUntilReset), rule);
}

/**
 * Counts the request on every key (e.g. the e-mail and the IP address) and throws a RateLimitError
 * ("Trop de tentatives. Réessayez dans N secondes.") if any of them is over its limit.
 */
export async function assertRateLimit(keys: string[], rule: RateLimitRule): Promise<void> {
  const results = await Promise.all(keys.map((key) => hit(key, rule)));
  const refused = results.filter((r) => !r.allowed);
  if (refused.length > 0) throw new RateLimitError(Math.max(...refused.map((r) => r.retryAfterSeconds)));
}

/**
 * Gives back one hit on `key` within its current window: an attempt counted before its outcome
 * was known (so that parallel attempts cannot slip past the limit) that turned out legitimate.
 */
export async function refundHit(key: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0)
    WHERE "key" = ${key} AND "resetAt" > (now() AT TIME ZONE 'UTC')`;
}

/** Clears the counters of `keys`: e.g. the e-mail's sign-in attempts after a successful sign-in. */
export async function resetRateLimit(keys: string[]): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: { in: keys } } });
}

/** Housekeeping for a periodic job: a bucket whose window has ended counts as empty anyway. */
export async function deleteExpiredBuckets(): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "resetAt" <= (now() AT TIME ZONE 'UTC')`;
}
