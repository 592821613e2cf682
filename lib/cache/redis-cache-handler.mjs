// @ts-check
// Next's page cache shared by every server through Redis: the `cacheHandler` of next.config.ts,
// used only when REDIS_URL is set (without it, Next keeps its own per-process cache). Next loads
// this file itself with a plain dynamic import at `next start`, hence JavaScript, not TypeScript
// (types in redis-cache-handler.d.mts). It implements Next 16's documented cache handler
// interface (get, set, revalidateTag, resetRequestCache) on the official client, nothing more:
// - an entry is stored with the tags Next gives it (for a page, its path tags, x-next-cache-tags),
//   its cache control (so that a server that did not render it keeps its revalidate and expire
//   times) and the Redis clock at storage;
// - revalidatePath/revalidateTag reach here as tags: each is written with the Redis clock, and
//   `get` treats an entry stored before one of its tags as missing, so the next visit on any
//   server renders the page afresh. A profile's stale-while-revalidate is not kept apart: a
//   revalidated tag expires its pages at once (the app only uses revalidatePath);
// - keys are namespaced by CACHE_KEY_PREFIX (one per deployment) and, for entries, by the build
//   id: a new build never reads pages rendered by another, while a revalidation reaches the
//   servers of both builds during a rolling deploy;
// - Redis down or slow (more than a second): `get` answers "missing", `set` and `revalidateTag`
//   give up, so pages are rendered on every visit, never failed; the outage is logged once and
//   its end too. A revalidation lost that way is caught up by the pages' `revalidate`;
// - an entry lives in Redis as long as Next may serve it (its `expire`, expireTime in
//   next.config.ts), at most a day; a tag's mark lives as long as the longest entry it may concern.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "redis";

const TAGS_HEADER = "x-next-cache-tags";
const MAX_ENTRY_SECONDS = 24 * 3600;
const DEFAULT_TIMEOUT_MS = 1000;
const BUFFER = "__redisCacheBuffer";
const MAP = "__redisCacheMap";

/** JSON that keeps the Buffers (RSC payloads, route bodies) and Maps (segment data) of an entry. */
export function serializeEntry(/** @type {unknown} */ entry) {
  return JSON.stringify(entry, function (key, value) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return { [BUFFER]: original.toString("base64") };
    if (original instanceof Map) return { [MAP]: [...original.entries()] };
    return value;
  });
}

/** @returns {any} */
export function deserializeEntry(/** @type {string} */ text) {
  return JSON.parse(text, (_key, value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
    if (typeof value[BUFFER] === "string") return Buffer.from(value[BUFFER], "base64");
    if (Array.isArray(value[MAP])) return new Map(value[MAP]);
    return value;
  });
}

/** The tags an entry answers to: the page's own (its header) or a fetch's, and the request's soft tags. */
function tagsOf(/** @type {any} */ value, /** @type {any} */ ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const own = typeof header === "string" ? header.split(",") : [];
  return [...new Set([...own, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])].filter(Boolean))];
}

/**
 * The cache on one Redis: what the handler below delegates to, and what the tests drive.
 * @param {{ url: string; prefix: string; buildId: string; timeoutMs?: number; log?: Pick<Console, "error" | "info"> }} options
 */
export function createRedisPageCache({ url, prefix, buildId, timeoutMs = DEFAULT_TIMEOUT_MS, log = console }) {
  const client = createClient({
    url,
    // Refused at once while disconnected rather than queued: the page renders without the cache.
    disableOfflineQueue: true,
    commandOptions: { timeout: timeoutMs, rejectInFlight: true },
    socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
  let down = false;
  /** @param {unknown} error */
  const reportDown = (error) => {
    if (down) return;
    down = true;
    log.error(
      `[cache redis] Redis injoignable (${url.replace(/\/\/[^@/]*@/, "//…@")}) : pages rendues sans cache partagé. ${error instanceof Error ? error.message : String(error)}`,
    );
  };
  client.on("error", reportDown);
  client.on("ready", () => {
    if (down) log.info("[cache redis] Redis de nouveau joignable : cache partagé rétabli.");
    down = false;
  });
  // The cache never keeps a stopping server alive (graceful shutdown waits for requests only).
  client.unref();
  // connect() stays pending while it retries: outages are reported through the "error" event.
  client.connect().catch(() => undefined);
  /** @type {Promise<void>} */
  const connected = new Promise((resolve) => {
    client.once("ready", () => resolve());
    client.once("error", () => resolve());
  });

  const entryKey = (/** @type {string} */ key) => `${prefix}:${buildId}:entry:${key}`;
  const tagKey = (/** @type {string} */ tag) => `${prefix}:tag:${tag}`;
  /** Microseconds on Redis's clock: one clock for every server, whatever their own drift. */
  const redisNow = async () => {
    const [seconds, micros] = await client.time();
    return Number(seconds) * 1e6 + Number(micros);
  };
  /** @template T @param {() => Promise<T>} run @param {T} fallback @returns {Promise<T>} */
  const guarded = async (run, fallback) => {
    if (!client.isReady) {
      reportDown(new Error("connexion en cours"));
      return fallback;
    }
    try {
      return await run();
    } catch (error) {
      reportDown(error);
      return fallback;
    }
  };

  return {
    /** Resolves once the first connection attempt is over (connected or not). */
    connected,
    /**
     * @param {string} key
     * @param {any} [ctx]
     * @returns {Promise<{ lastModified: number; value: any; cacheControl?: any } | null>}
     */
    get: (key, ctx) =>
      guarded(async () => {
        const text = await client.get(entryKey(key));
        if (!text) return null;
        const stored = deserializeEntry(text);
        const tags = [...new Set([...stored.tags, ...tagsOf(null, ctx)])];
        if (tags.length > 0) {
          const marks = await client.mGet(tags.map(tagKey));
          if (marks.some((mark) => mark !== null && Number(mark) >= stored.storedAt)) return null;
        }
        return { lastModified: stored.lastModified, value: stored.value, ...(stored.cacheControl ? { cacheControl: stored.cacheControl } : {}) };
      }, null),
    /** @param {string} key @param {any} value @param {any} [ctx] */
    set: (key, value, ctx) =>
      guarded(async () => {
        const cacheControl = ctx?.cacheControl;
        const expire = typeof cacheControl?.expire === "number" && cacheControl.expire > 0 ? cacheControl.expire : MAX_ENTRY_SECONDS;
        const entry = { value, lastModified: Date.now(), storedAt: await redisNow(), tags: tagsOf(value, ctx), cacheControl };
        await client.set(entryKey(key), serializeEntry(entry), { expiration: { type: "EX", value: Math.min(expire, MAX_ENTRY_SECONDS) } });
      }, undefined),
    /** @param {string | string[]} tags */
    async revalidateTag(tags) {
      const list = typeof tags === "string" ? [tags] : tags;
      if (list.length === 0) return;
      const written = await guarded(async () => {
        const now = String(await redisNow());
        const batch = client.multi();
        for (const tag of list) batch.set(tagKey(tag), now, { expiration: { type: "EX", value: MAX_ENTRY_SECONDS } });
        await batch.exec();
        return true;
      }, false);
      // The change itself is committed: other servers show it once their copy is due (revalidate).
      if (!written) log.error(`[cache redis] Revalidation non partagée (Redis injoignable) : ${list.join(", ")}`);
    },
    async close() {
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}

/** The build's id, beside the server's output (.next/BUILD_ID). */
function readBuildId(/** @type {string | undefined} */ serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir ?? path.join(".next", "server"), "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "sans-build";
  }
}

/** @type {ReturnType<typeof createRedisPageCache> | undefined} */
let shared;

/** What Next instantiates for every request: all of them share one connection per process. */
export default class RedisCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    // `next build` prerenders with this handler too: the build never reaches Redis.
    if (process.env.NEXT_PHASE === "phase-production-build" || !process.env.REDIS_URL) return;
    shared ??= createRedisPageCache({
      url: process.env.REDIS_URL,
      prefix: process.env.CACHE_KEY_PREFIX || "odd17",
      buildId: readBuildId(ctx.serverDistDir),
    });
    this.cache = shared;
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    return this.cache ? this.cache.get(key, ctx) : null;
  }

  /** @param {string} key @param {any} value @param {any} ctx */
  async set(key, value, ctx) {
    await this.cache?.set(key, value, ctx);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await this.cache?.revalidateTag(tags);
  }

  resetRequestCache() {}
}
