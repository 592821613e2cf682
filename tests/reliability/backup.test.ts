// Backup and restore, proven end to end: a database with migrations and rows (accents, JSON,
// uploads) is saved, restored into a fresh place, and every table's row count and checksum is
// compared. The embedded database always; a PostgreSQL server when RELIABILITY_DATABASE_URL or
// TEST_DATABASE_URL names one (CI: Debian's PostgreSQL 15 with its own pg_dump).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { backupEmbedded, backupServer, BackupError, restoreEmbedded, restoreServer } from "@/lib/db/backup";
import { compareChecksums, computeChecksums } from "@/lib/db/checksums";
import { startEmbeddedDatabase } from "@/lib/db/embedded";

const work = mkdtempSync(path.join(tmpdir(), "odd17-backup-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function migrate(url: string) {
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

async function fill(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let i = 0; i < 25; i += 1) {
      await client.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [
        `u${i}`,
        `personne${i}@exemple.fr`,
        `Zoé Lefèvre-${i} « test »`,
      ]);
      await client.query(
        `INSERT INTO "Actor" (id, kind, name, slug, "searchKey", description, "updatedAt") VALUES ($1, 'ASSOCIATION', $2, $3, $4, $5, now())`,
        [`a${i}`, `Association n°${i} — Saint-Étienne`, `association-${i}`, `association ${i} saint etienne`, "Ligne 1\nLigne 2 ; « guillemets » 🌍"],
      );
    }
  } finally {
    await client.end();
  }
}

function writeUpload(dir: string): Buffer {
  const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256));
  mkdirSync(path.join(dir, "kits"), { recursive: true });
  writeFileSync(path.join(dir, "kits", "fiche.pdf"), bytes);
  return bytes;
}

describe("embedded database backup and restore", () => {
  const source = path.join(work, "source");
  const uploads = path.join(work, "uploads-source");
  const archive = path.join(work, "backups", "embedded.tar.gz");
  let expected: Awaited<ReturnType<typeof computeChecksums>>;

  it("saves and restores into a fresh folder with identical tables and files", async () => {
    const database = await startEmbeddedDatabase({ rootDir: source });
    try {
      migrate(database.url);
      await fill(database.url);
      expected = await computeChecksums(database.url);
    } finally {
      await database.stop();
    }
    const upload = writeUpload(uploads);

    const manifest = await backupEmbedded({ rootDir: source, uploadsDir: uploads, out: archive });
    expect(manifest.uploads).toBe(true);
    expect(manifest.tables.find((table) => table.table === "Actor")?.rows).toBe(25);

    const target = path.join(work, "target");
    const targetUploads = path.join(work, "uploads-target");
    const report = await restoreEmbedded({ rootDir: target, uploadsDir: targetUploads, archive });
    expect(report.tables).toBe(expected.length);
    expect(readFileSync(path.join(targetUploads, "kits", "fiche.pdf")).equals(upload)).toBe(true);

    const restored = await startEmbeddedDatabase({ rootDir: target });
    try {
      const actual = await computeChecksums(restored.url);
      expect(compareChecksums(expected, actual)).toEqual([]);
      expect(actual.find((table) => table.table === "_prisma_migrations")?.rows).toBeGreaterThan(0);
    } finally {
      await restored.stop();
    }
  });

  it("refuses to back up while the app runs on the folder, and changes nothing", async () => {
    // The app is another process holding the folder's lock (a live PID in owner.pid).
    const app = spawn("sleep", ["60"], { stdio: "ignore" });
    writeFileSync(path.join(source, "owner.pid"), `${app.pid}\n`);
    try {
      const out = path.join(work, "backups", "refused.tar.gz");
      await expect(backupEmbedded({ rootDir: source, uploadsDir: uploads, out })).rejects.toThrow(/déjà utilisée/);
      expect(existsSync(out)).toBe(false);
      await expect(restoreEmbedded({ rootDir: source, uploadsDir: uploads, archive })).rejects.toThrow(/déjà utilisée/);
      expect(existsSync(path.join(source, "pgdata", "PG_VERSION"))).toBe(true);
    } finally {
      app.kill();
      rmSync(path.join(source, "owner.pid"), { force: true });
    }
  });

  it("keeps the current database when the archive is corrupt", async () => {
    const corrupt = path.join(work, "backups", "corrupt.tar.gz");
    writeFileSync(corrupt, readFileSync(archive).subarray(0, 2000));
    await expect(restoreEmbedded({ rootDir: source, uploadsDir: uploads, archive: corrupt })).rejects.toBeInstanceOf(BackupError);
    const database = await startEmbeddedDatabase({ rootDir: source });
    try {
      expect(compareChecksums(expected, await computeChecksums(database.url))).toEqual([]);
    } finally {
      await database.stop();
    }
  });

  it("a restored copy that differs from its manifest is reported table by table", async () => {
    const tampered = await startEmbeddedDatabase({ rootDir: path.join(work, "target") });
    try {
      const client = new pg.Client({ connectionString: tampered.url });
      await client.connect();
      await client.query(`UPDATE "Actor" SET description = 'modifié' WHERE id = 'a3'`);
      await client.query(`DELETE FROM "User" WHERE id = 'u4'`);
      await client.end();
      const differences = compareChecksums(expected, await computeChecksums(tampered.url));
      // Writing to "Actor" also bumps the directories' count state (a statement trigger, see the
      // migration directory_counts): the manifest rightly reports that table too.
      expect(differences.map((difference) => `${difference.table}:${difference.problem}`).sort()).toEqual([
        "Actor:content",
        "DirectoryCountChange:rows",
        "User:rows",
      ]);
    } finally {
      await tampered.stop();
    }
  });
});

const serverUrl = process.env.RELIABILITY_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)("PostgreSQL server backup (pg_dump) and restore (pg_restore)", () => {
  const suffix = `${process.pid}_${Date.now()}`;
  const names = [`odd17_backup_src_${suffix}`, `odd17_backup_dst_${suffix}`];
  const urlOf = (name: string) => Object.assign(new URL(serverUrl!), { pathname: `/${name}` }).toString();

  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  }

  afterAll(async () => {
    for (const name of names) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("restores into a fresh database with identical row counts and checksums", async () => {
    for (const name of names) await admin(`CREATE DATABASE "${name}"`);
    const [sourceUrl, targetUrl] = names.map(urlOf);
    migrate(sourceUrl);
    await fill(sourceUrl);
    const uploads = path.join(work, "server-uploads");
    const upload = writeUpload(uploads);
    const archive = path.join(work, "backups", "server.tar.gz");

    const manifest = await backupServer({ url: sourceUrl, uploadsDir: uploads, out: archive });
    const targetUploads = path.join(work, "server-uploads-target");
    const report = await restoreServer({ url: targetUrl, uploadsDir: targetUploads, archive });

    expect(report.tables).toBe(manifest.tables.length);
    expect(compareChecksums(await computeChecksums(sourceUrl), await computeChecksums(targetUrl))).toEqual([]);
    expect(readFileSync(path.join(targetUploads, "kits", "fiche.pdf")).equals(upload)).toBe(true);
    // A second restore into the now filled database is refused without --force.
    await expect(restoreServer({ url: targetUrl, uploadsDir: targetUploads, archive })).rejects.toThrow(/n'est pas vide/);
  });
});
