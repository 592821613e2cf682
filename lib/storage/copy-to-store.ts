// Copies the files of an uploads folder (the local disk store) into another store, for the move to
// S3: every file whose path is a storage key ("kits/…", "logos/…") is put, then read back and
// compared. Idempotent: run it again and the same files are put again, byte for byte.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { STORAGE_KEY_PATTERN } from "./keys";
import type { FileStorage } from "./storage";

export type CopyReport = { copied: string[]; skipped: string[] };

async function listFiles(root: string, folder = ""): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(root, folder), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(root, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

const digest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Puts every key-named file under `root` into `target` and checks it reads back identical. */
export async function copyUploadsToStore(root: string, target: FileStorage, onFile: (key: string) => void = () => {}): Promise<CopyReport> {
  const report: CopyReport = { copied: [], skipped: [] };
  for (const key of await listFiles(root)) {
    // Left-overs of an interrupted write (".tmp") and anything the app did not name are not files
    // of the app: they are listed, never copied.
    if (!STORAGE_KEY_PATTERN.test(key)) {
      report.skipped.push(key);
      continue;
    }
    const bytes = new Uint8Array(await readFile(path.join(root, ...key.split("/"))));
    await target.put(key, bytes);
    const back = await target.get(key);
    const stored = back ? new Uint8Array(await new Response(back).arrayBuffer()) : null;
    if (!stored || digest(stored) !== digest(bytes)) throw new Error(`Copy of ${key} does not read back identical`);
    report.copied.push(key);
    onFile(key);
  }
  return report;
}
