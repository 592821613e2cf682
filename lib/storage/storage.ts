// Where attachment files live. The app only knows this interface, so that an S3-compatible store
// can replace the local disk by writing one more implementation and choosing it in getStorage().
// Keys are made by the app (random ids, see newStorageKey), never from a user's file name.
import "server-only";
import { LocalDiskStorage } from "./local-disk";
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

/** The store of this deployment, read from the environment at each call (tests change it). */
export function getStorage(): FileStorage {
  return new LocalDiskStorage(uploadsDirectory());
}
