// Storage keys: made by the app, checked by every store before touching anything.
import { randomUUID } from "node:crypto";

/** Keys are lower-case ids in folders ("kits/3f2a…"): nothing that could climb out of the store. */
export const STORAGE_KEY_PATTERN = /^[a-z0-9]+(?:\/[a-z0-9-]+)+$/;

export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
}

/** A new random key in `folder` ("kits"). */
export function newStorageKey(folder: string): string {
  const key = `${folder}/${randomUUID()}`;
  assertStorageKey(key);
  return key;
}
