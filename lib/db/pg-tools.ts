// PostgreSQL's own client tools (pg_dump, pg_restore) and tar, run as child processes with clear
// French errors when they are missing or too old. Node-only, never imported by the Next.js app.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export class BackupError extends Error {}

export interface ToolResult {
  stdout: string;
  stderr: string;
}

export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === "ENOENT"
            ? `Commande introuvable : ${command}. Installez-la (outils clients PostgreSQL, tar) ou indiquez son dossier avec PG_BIN.`
            : `${command} : ${error.message}`,
        ),
      ),
    );
    child.on("close", (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new BackupError(`${path.basename(command)} a échoué (code ${code}) : ${stderr.trim().split("\n").slice(-5).join(" / ")}`));
    });
  });
}

/** pg_dump / pg_restore from PG_BIN when set, else from the PATH. */
export function pgTool(name: "pg_dump" | "pg_restore", pgBin = process.env.PG_BIN): string {
  if (pgBin) {
    const candidate = path.join(pgBin, name);
    if (!existsSync(candidate)) throw new BackupError(`${candidate} n'existe pas : vérifiez PG_BIN.`);
    return candidate;
  }
  return name;
}

/** "pg_dump (PostgreSQL) 15.20 (Debian …)" → 15. */
export function parseToolMajor(versionLine: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionLine);
  return match ? Number(match[1]) : null;
}

/** pg_dump refuses servers newer than itself: say so before it fails with a long message. */
export async function assertToolCanServe(tool: string, serverMajor: number): Promise<void> {
  const { stdout } = await runTool(tool, ["--version"]);
  const major = parseToolMajor(stdout);
  if (major !== null && major < serverMajor) {
    throw new BackupError(
      `${path.basename(tool)} ${major} ne sait pas traiter un serveur PostgreSQL ${serverMajor} : installez les outils clients PostgreSQL ${serverMajor} (ou plus récents) et indiquez leur dossier avec PG_BIN.`,
    );
  }
}

/**
 * The connection without its password, which goes through PGPASSWORD so that it never shows in
 * the process list.
 */
export function connectionForTools(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/**
 * The entries of a pg_restore table of contents to keep. COMMENT ON EXTENSION needs the
 * extension's owner (a superuser on managed servers): the comment is dropped, the extension kept.
 */
export function filterRestoreList(list: string): string {
  return list
    .split("\n")
    .filter((line) => !/^\d+;.*\bCOMMENT\b.*\bEXTENSION\b/.test(line))
    .join("\n");
}
