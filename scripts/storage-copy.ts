// npm run storage:copy — copies the files kept on disk (UPLOADS_DIR) into the bucket of STORAGE_URL,
// once, when a site moves to S3 (docs/operations.md, "Stockage des fichiers"). The disk is left
// as it is: nothing is deleted.
import { copyUploadsToStore } from "../lib/storage/copy-to-store.ts";
import { S3Storage } from "../lib/storage/s3.ts";
import { StorageConfigError, storageConfigFromEnv } from "../lib/storage/storage-url.ts";
import { uploadsDirectory } from "../lib/storage/uploads-dir.ts";

async function main() {
  let config;
  try {
    config = storageConfigFromEnv(process.env);
  } catch (error) {
    if (!(error instanceof StorageConfigError)) throw error;
    console.error(`✖ ${error.message}`);
    return 1;
  }
  if (config.kind !== "s3") {
    console.error("✖ STORAGE_URL n'est pas défini : indiquez le bucket de destination (s3://…). / STORAGE_URL is not set: nothing to copy to.");
    return 1;
  }
  const root = uploadsDirectory();
  const target = new S3Storage(config);
  console.log(`Copie de ${root} vers s3://${config.bucket}/${config.prefix}…`);
  try {
    const report = await copyUploadsToStore(root, target);
    for (const key of report.skipped) console.log(`  ignoré (pas un fichier de l'application) : ${key}`);
    console.log(
      `${report.copied.length} fichier(s) copié(s) et relu(s) à l'identique ; ${report.skipped.length} ignoré(s). Les fichiers sur le disque n'ont pas été supprimés.`,
    );
    return 0;
  } finally {
    await target.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
