// In-process fixed-window rate limits, for high-volume anonymous reads (the open data API): a
// counter in this server's memory instead of a write to PostgreSQL on every request. Each app
// server counts on its own, so with N servers a client gets up to N times the budget; limits that
// must hold exactly across servers (password checks, e-mails, imports…) stay on the database
// (rate-limit.mutations.ts). docs/operations.md gives the reverse proxy's limit for several servers.
//
// Memory is bounded: lru-cache keeps at most `maxKeys` counters and forgets the least recently
// seen client first. A client that keeps calling is never the least recent, so a flood of new
// addresses cannot reset the counter of the one being limited.
import { LRUCache } from "lru-cache";
import { toRateLimitResult, type RateLimitResult, type RateLimitRule } from "@/lib/rate-limit/rate-limit";

/** Enough for every client of a busy minute, in a few megabytes at most. */
export const MEMORY_LIMITER_MAX_KEYS = 50_000;

type Bucket = { count: number; resetAt: number };

export interface MemoryLimiter {
  /** Counts one request on `key`, like the database's `hit`, without any I/O. */
  hit(key: string, rule: RateLimitRule): RateLimitResult;
  /** How many counters are held (for tests and diagnostics). */
  readonly size: number;
}

export function createMemoryLimiter(options: { maxKeys?: number; now?: () => number } = {}): MemoryLimiter {
  const now = options.now ?? Date.now;
  const buckets = new LRUCache<string, Bucket>({ max: options.maxKeys ?? MEMORY_LIMITER_MAX_KEYS });
  return {
    hit(key, rule) {
      const at = now();
      let bucket = buckets.get(key);
      // The window restarts at the first hit after it ended, as in the database limiter.
      if (!bucket || bucket.resetAt <= at) {
        bucket = { count: 0, resetAt: at + rule.windowSeconds * 1000 };
        buckets.set(key, bucket);
      }
      bucket.count = Math.min(bucket.count + 1, Number.MAX_SAFE_INTEGER);
      return toRateLimitResult(bucket.count, (bucket.resetAt - at) / 1000, rule);
    },
    get size() {
      return buckets.size;
    },
  };
}

// One limiter per process: route handlers may be bundled into several chunks by Next.js, each with
// its own copy of this module, so the instance lives on globalThis (like the Prisma client).
const globalForLimiter = globalThis as unknown as { odd17MemoryLimiter?: MemoryLimiter };

/** The process-wide limiter. */
export function memoryLimiter(): MemoryLimiter {
  globalForLimiter.odd17MemoryLimiter ??= createMemoryLimiter();
  return globalForLimiter.odd17MemoryLimiter;
}
