// Where uploaded files live, readable by scripts too (storage.ts is server-only).
import path from "node:path";

/** The uploads folder: UPLOADS_DIR, or .data/uploads beside the embedded database (git-ignored). */
export function uploadsDirectory(): string {
  return process.env.UPLOADS_DIR || path.join(process.cwd(), ".data", "uploads");
}
