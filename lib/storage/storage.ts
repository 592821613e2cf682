// Where uploaded files live. The app only knows this interface; getStorage() picks the store from
// STORAGE_URL (lib/storage/storage-url.ts): the local disk by default, an S3-compatible bucket
// when several servers must see the same files.
// Keys are made by the app (random ids, see newStorageKey), never from a user's file name.
import "server-only";
import { LocalDiskStorage } from "./local-disk";
import { S3Storage } from "./s3";
import { storageConfigFromEnv } from "./storage-url";
import { uploadsDirectory } from "./uploads-dir";

export { uploadsDirectory } from "./uploads-dir";
export { assertStorageKey, newStorageKey, STORAGE_KEY_PATTERN } from "./keys";

export interface FileStorage {
  /** Stores the bytes under `key`, replacing any previous content. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The content as a stream, or null when nothing is stored under `key`. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the content; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

// One S3 client per configuration, so that requests share its pool of connections.
let s3: { signature: string; storage: S3Storage } | null = null;

/**
 * The store of this deployment, read from the environment at each call (tests change it).
 * A wrong STORAGE_URL throws StorageConfigError here too, never a quiet fall back to the disk.
 */
export function getStorage(): FileStorage {
  const config = storageConfigFromEnv(process.env);
  if (config.kind === "disk") return new LocalDiskStorage(uploadsDirectory());
  const signature = JSON.stringify(config);
  if (s3?.signature !== signature) s3 = { signature, storage: new S3Storage(config) };
  return s3.storage;
}

/** For a readiness probe: resolves when the store answers (the bucket exists, the keys are accepted). */
export async function checkStorage(): Promise<void> {
  const storage = getStorage();
  if (storage instanceof S3Storage) await storage.check();
}
