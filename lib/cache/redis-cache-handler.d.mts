// Types of redis-cache-handler.mjs (JavaScript, since Next imports it as it is at `next start`).
export interface StoredPage {
  lastModified: number;
  value: unknown;
  cacheControl?: { revalidate: number | false; expire: number | undefined };
}

export interface RedisPageCache {
  connected: Promise<void>;
  get(key: string, ctx?: { tags?: string[]; softTags?: string[] }): Promise<StoredPage | null>;
  set(key: string, value: unknown, ctx?: { tags?: string[]; cacheControl?: StoredPage["cacheControl"] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  close(): Promise<void>;
}

export function serializeEntry(entry: unknown): string;
export function deserializeEntry(text: string): unknown;
export function createRedisPageCache(options: {
  url: string;
  prefix: string;
  buildId: string;
  timeoutMs?: number;
  log?: Pick<Console, "error" | "info">;
}): RedisPageCache;

export default class RedisCacheHandler {
  constructor(ctx: { serverDistDir?: string });
  get(key: string, ctx: unknown): Promise<StoredPage | null>;
  set(key: string, value: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
