// A small in-process cache with expiry, for the facet counts of the directories: the same
// searches (the landing pages above all) come back again and again, and their counts aggregate
// whole tables. Counts may lag a published change by the TTL; the lists themselves are live.
// Concurrent requests for the same key share one load; a failed load is not kept.

export interface TtlCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
  readonly size: number;
}

export function createTtlCache<T>(options: { ttlMs: number; maxEntries: number; now?: () => number }): TtlCache<T> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { expires: number; value: Promise<T> }>();
  return {
    get(key, load) {
      const time = now();
      const hit = entries.get(key);
      if (hit && hit.expires > time) return hit.value;
      if (hit) entries.delete(key);
      // Map keeps insertion order: the oldest entry goes first when full.
      while (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value as string);
      const value = load();
      entries.set(key, { expires: time + options.ttlMs, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/** A TTL set in seconds by the variable `name`; otherwise `defaultMs`, and 0 (off) under tests. */
export function ttlSettingMs(env: Record<string, string | undefined>, name: string, defaultMs: number): number {
  const configured = Number(env[name]);
  if (env[name] !== undefined && Number.isFinite(configured) && configured >= 0) return configured * 1000;
  return env.NODE_ENV === "test" ? 0 : defaultMs;
}

/** The TTL of facet counts: DIRECTORY_FACETS_TTL_SECONDS, 30 s by default, 0 (off) under tests. */
export function facetTtlMs(env: Record<string, string | undefined> = process.env): number {
  return ttlSettingMs(env, "DIRECTORY_FACETS_TTL_SECONDS", 30_000);
}

/** A cache for facet counts, or a pass-through when the TTL is 0. */
export function createFacetCache<T>(): TtlCache<T> {
  const ttlMs = facetTtlMs();
  if (ttlMs === 0) return { get: (_key, load) => load(), clear() {}, size: 0 };
  return createTtlCache<T>({ ttlMs, maxEntries: 500 });
}

/** The part of a search that facet counts depend on: not the page, not the sort. */
export function facetKey(query: { page: number; sort: string; territory: { id: number } | null }, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...query, page: undefined, sort: undefined, territory: query.territory?.id ?? null, ...extra });
}
