import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server, type TestS3Server } from "@/tests/support/s3-server";
import { copyUploadsToStore } from "./copy-to-store";
import { newStorageKey } from "./keys";
import { LocalDiskStorage } from "./local-disk";
import { S3Storage } from "./s3";
import { parseStorageUrl, type S3StorageConfig } from "./storage-url";
import type { FileStorage } from "./storage";

let root: string;
let server: TestS3Server;
let target: S3Storage;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "odd17-copy-"));
  server = await startS3Server();
  target = new S3Storage(parseStorageUrl(server.env.STORAGE_URL, server.env) as S3StorageConfig);
});

afterAll(async () => {
  await target?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("copyUploadsToStore", () => {
  it("copies every file of the app from the disk to S3, skips the rest, and can run again", async () => {
    const disk = new LocalDiskStorage(root);
    const [attachment, logo] = [newStorageKey("kits"), newStorageKey("logos")];
    const binary = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 7) % 256);
    await disk.put(attachment, binary);
    await disk.put(logo, new TextEncoder().encode("logo"));
    writeFileSync(path.join(root, "kits", "abc.123.tmp"), "reste d'une écriture interrompue");
    writeFileSync(path.join(root, "LISEZMOI.txt"), "pas un fichier de l'application");

    const report = await copyUploadsToStore(root, target);
    expect(report.copied.sort()).toEqual([attachment, logo].sort());
    expect(report.skipped.sort()).toEqual(["LISEZMOI.txt", "kits/abc.123.tmp"]);
    expect(new Uint8Array(await new Response(await target.get(attachment)).arrayBuffer())).toEqual(binary);
    expect(await new Response(await target.get(logo)).text()).toBe("logo");
    // The disk keeps its files.
    expect(await disk.get(attachment)).not.toBeNull();

    expect((await copyUploadsToStore(root, target)).copied).toHaveLength(2);
  });

  it("copies nothing from a folder that does not exist", async () => {
    expect(await copyUploadsToStore(path.join(root, "absent"), target)).toEqual({ copied: [], skipped: [] });
  });

  it("stops when a copy does not read back identical", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "odd17-copy-bad-"));
    await new LocalDiskStorage(folder).put(newStorageKey("kits"), new TextEncoder().encode("vrai"));
    const lying: FileStorage = { put: async () => {}, get: async () => new Response("faux").body, delete: async () => {} };
    await expect(copyUploadsToStore(folder, lying)).rejects.toThrow(/does not read back identical/);
    rmSync(folder, { recursive: true, force: true });
  });
});
