// The same contract (tests/support/storage-contract.ts) against both stores: the local disk, and
// S3 on s3rver, a fake S3 server started in this process. Then what only S3 can get wrong.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server, type TestS3Server } from "@/tests/support/s3-server";
import { describeStorageContract } from "@/tests/support/storage-contract";
import { assertStorageKey, newStorageKey } from "./keys";
import { LocalDiskStorage } from "./local-disk";
import { S3Storage } from "./s3";
import { parseStorageUrl, type S3StorageConfig } from "./storage-url";

let root: string;
let server: TestS3Server;
const stores: S3Storage[] = [];

function s3Store(options: { bucket?: string; prefix?: string; keyId?: string } = {}): S3Storage {
  const config = parseStorageUrl(server.storageUrl(options), { AWS_ACCESS_KEY_ID: options.keyId ?? "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" });
  const store = new S3Storage(config as S3StorageConfig);
  stores.push(store);
  return store;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "odd17-storage-"));
  server = await startS3Server();
});

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describeStorageContract("LocalDiskStorage", () => new LocalDiskStorage(root));

let shared: S3Storage | null = null;
describeStorageContract("S3Storage", () => (shared ??= s3Store()));

describe("S3Storage, beyond the contract", () => {
  it("puts objects under the prefix of STORAGE_URL", async () => {
    const key = newStorageKey("kits");
    await s3Store({ prefix: "odd17/prod" }).put(key, new TextEncoder().encode("préfixé"));
    // Seen from the bucket's root, the object is under the prefix and nowhere else.
    expect(await s3Store().get(key)).toBeNull();
    expect(await new Response(await s3Store().get(`odd17/prod/${key}`)).text()).toBe("préfixé");
  });

  it("tells a readiness check whether the bucket answers", async () => {
    await expect(s3Store().check()).resolves.toBeUndefined();
    await expect(s3Store({ bucket: "absent-bucket" }).check()).rejects.toThrow();
    await expect(s3Store({ keyId: "UNKNOWNKEY" }).check()).rejects.toThrow();
  });

  it("fails loudly on a missing bucket instead of answering « no such file »", async () => {
    const store = s3Store({ bucket: "absent-bucket" });
    await expect(store.get(newStorageKey("kits"))).rejects.toMatchObject({ name: "NoSuchBucket" });
    await expect(store.put(newStorageKey("kits"), new Uint8Array([1]))).rejects.toMatchObject({ name: "NoSuchBucket" });
  });

  it("fails loudly with credentials the service does not know", async () => {
    const store = s3Store({ keyId: "UNKNOWNKEY" });
    await expect(store.get(newStorageKey("kits"))).rejects.toMatchObject({ name: "InvalidAccessKeyId" });
  });
});

describe("storage keys", () => {
  it.each(["../etc/passwd", "kits/../../x", "/kits/x", "kits", "Kits/X", "kits/a b", "kits\\x", ""])("refuses the key %j", (key) => {
    expect(() => assertStorageKey(key)).toThrow();
  });

  it("makes random keys that do not repeat", () => {
    expect(newStorageKey("kits")).toMatch(/^kits\/[0-9a-f-]{36}$/);
    expect(newStorageKey("kits")).not.toBe(newStorageKey("kits"));
  });
});
