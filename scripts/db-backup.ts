// npm run db:backup [-- <fichier.tar.gz>]
// Saves the database and the uploaded files into one archive with a manifest of every table's
// row count and checksum. On DATABASE_URL: pg_dump (PG_BIN to choose its version). Without it:
// the embedded database's folder, taken while the app is stopped.
import path from "node:path";
import { backupEmbedded, backupServer, BackupError } from "../lib/db/backup.ts";
import { uploadsDirectory } from "../lib/storage/uploads-dir.ts";

async function main() {
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(/[:T]/g, "-");
  const out = path.resolve(process.argv[2] ?? path.join(".data", "backups", `odd17-${stamp}.tar.gz`));
  const uploadsDir = uploadsDirectory();
  const started = Date.now();
  const manifest = process.env.DATABASE_URL
    ? await backupServer({ url: process.env.DATABASE_URL, uploadsDir, out })
    : await backupEmbedded({ rootDir: process.env.ODD17_DATA_DIR ?? path.join(".data", "embedded"), uploadsDir, out });
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`✔ Sauvegarde écrite : ${out}`);
  console.log(`  ${manifest.tables.length} tables, ${rows} lignes, fichiers déposés : ${manifest.uploads ? "oui" : "aucun"} (${Date.now() - started} ms)`);
  // With STORAGE_URL the files live in the bucket, which this archive does not hold.
  if (process.env.STORAGE_URL?.trim()) {
    console.warn(
      "  ⚠ STORAGE_URL est défini : les fichiers du bucket ne sont pas dans cette archive ; sauvegardez le bucket à part (voir docs/operations.md).",
    );
  }
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof BackupError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
