// npm run db:restore -- <fichier.tar.gz> [--force]
// Restores an archive made by db:backup, then checks every table against its manifest.
// On DATABASE_URL: pg_restore into that database (it must be empty unless --force). Without it:
// the embedded database's folder is replaced; the previous one is kept aside, never deleted.
import path from "node:path";
import { BackupError, restoreEmbedded, restoreServer, type RestoreReport } from "../lib/db/backup.ts";
import { uploadsDirectory } from "../lib/storage/uploads-dir.ts";

async function main() {
  const args = process.argv.slice(2);
  const archive = args.find((arg) => !arg.startsWith("--"));
  if (!archive) throw new BackupError("Usage : npm run db:restore -- <fichier.tar.gz> [--force]");
  const uploadsDir = uploadsDirectory();
  const report: RestoreReport & { keptAside?: string[] } = process.env.DATABASE_URL
    ? await restoreServer({ url: process.env.DATABASE_URL, uploadsDir, archive, force: args.includes("--force") })
    : await restoreEmbedded({ rootDir: process.env.ODD17_DATA_DIR ?? path.join(".data", "embedded"), uploadsDir, archive });
  console.log(`✔ Restauration vérifiée : ${report.tables} tables, ${report.rows} lignes identiques à la sauvegarde.`);
  if (report.keptAside?.length) console.log(`  Données précédentes conservées dans : ${report.keptAside.join(", ")}`);
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof BackupError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
