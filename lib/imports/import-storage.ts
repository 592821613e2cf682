import "server-only";
// Where an uploaded import file waits between its preview and its confirmation, and where its
// report is kept afterwards. The file is stored through the storage interface (lib/storage), under
// a key made of a hash of the uploader's id and a random import id: the form only sends the import
// id back, so a user can never reach someone else's upload (the key is rebuilt from the session),
// and nothing the browser sends is trusted as the file's content.
import { createHash, randomUUID } from "node:crypto";
import { getStorage, assertStorageKey } from "@/lib/storage/storage";
import { NotFoundError } from "@/lib/errors";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import type { ImportOutcome } from "./organisation-import";

export const IMPORT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type ImportMeta = { fileName: string; uploadedAt: string };
export type ImportReport = {
  fileName: string;
  importedAt: string;
  counts: Record<ImportOutcome, number>;
  lines: { line: number; name: string; siren: string | null; outcome: ImportOutcome; detail: string; actorId: string | null }[];
};

function folderOf(userId: string): string {
  return `imports/${createHash("sha256").update(userId).digest("hex").slice(0, 32)}`;
}

function keyOf(userId: string, importId: string, part: "file" | "meta" | "report"): string {
  if (!IMPORT_ID_PATTERN.test(importId)) throw new NotFoundError(adminImportsCopy.previewNotFound);
  const key = `${folderOf(userId)}/${importId}${part === "file" ? "" : `-${part}`}`;
  assertStorageKey(key);
  return key;
}

async function readBytes(key: string): Promise<Uint8Array | null> {
  const stream = await getStorage().get(key);
  return stream ? new Uint8Array(await new Response(stream).arrayBuffer()) : null;
}

async function readJson<T>(key: string): Promise<T | null> {
  const bytes = await readBytes(key);
  return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as T) : null;
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export async function saveImportUpload(userId: string, bytes: Uint8Array, meta: ImportMeta): Promise<string> {
  const importId = randomUUID();
  await getStorage().put(keyOf(userId, importId, "file"), bytes);
  await getStorage().put(keyOf(userId, importId, "meta"), json(meta));
  return importId;
}

/** The upload and its details, or null when it was confirmed, cancelled or never existed. */
export async function loadImportUpload(userId: string, importId: string): Promise<{ bytes: Uint8Array; meta: ImportMeta } | null> {
  const bytes = await readBytes(keyOf(userId, importId, "file"));
  const meta = bytes ? await readJson<ImportMeta>(keyOf(userId, importId, "meta")) : null;
  return bytes && meta ? { bytes, meta } : null;
}

export async function deleteImportUpload(userId: string, importId: string): Promise<void> {
  await getStorage().delete(keyOf(userId, importId, "file"));
  await getStorage().delete(keyOf(userId, importId, "meta"));
}

export async function saveImportReport(userId: string, importId: string, report: ImportReport): Promise<void> {
  await getStorage().put(keyOf(userId, importId, "report"), json(report));
}

export async function loadImportReport(userId: string, importId: string): Promise<ImportReport | null> {
  return readJson<ImportReport>(keyOf(userId, importId, "report"));
}
