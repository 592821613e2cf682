// Per-process caches for data that every public page reads and that rarely changes. The servers
// are stateless behind a load balancer, so nothing here is invalidated across processes: each
// kind of data gets a TTL that bounds how stale one server can be.
// - reference data (the 17 SDGs and their targets, written only by the seed/import): 10 min;
// - counts shown to the public (home figures): the facet-count TTL, 30 s (lib/directory/ttl-cache).
// Both are 0 (no cache) under tests, and settable: REFERENCE_CACHE_TTL_SECONDS,
// DIRECTORY_FACETS_TTL_SECONDS.
import { createTtlCache, facetTtlMs, ttlSettingMs } from "@/lib/directory/ttl-cache";

const REFERENCE_TTL_MS = 10 * 60_000;

export function referenceTtlMs(env: Record<string, string | undefined> = process.env): number {
  return ttlSettingMs(env, "REFERENCE_CACHE_TTL_SECONDS", REFERENCE_TTL_MS);
}

/**
 * `load` at most once per `ttlMs` in this process; concurrent callers share one load, a failed
 * load is not kept. A TTL of 0 calls `load` every time.
 */
export function cachedLoader<T>(load: () => Promise<T>, ttlMs: number, now?: () => number): () => Promise<T> {
  if (ttlMs <= 0) return load;
  const cache = createTtlCache<T>({ ttlMs, maxEntries: 1, now });
  return () => cache.get("value", load);
}

/** Reference data that only the seed or an import changes. */
export function cachedReference<T>(load: () => Promise<T>): () => Promise<T> {
  return cachedLoader(load, referenceTtlMs());
}

/** Public counts: may lag a change by the facet TTL, like the directories' facet counts. */
export function cachedCounts<T>(load: () => Promise<T>): () => Promise<T> {
  return cachedLoader(load, facetTtlMs());
}
