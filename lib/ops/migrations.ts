// Whether the database has every migration this code was built with: the folders of
// prisma/migrations against the rows of Prisma's own _prisma_migrations table. A row of a newer
// migration that this code does not know is fine (a newer server applied it during a rolling
// deployment, and migrations only add); a folder without its finished row is not, nor is a
// migration that failed half-way.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

export type AppliedMigration = { name: string; finished: boolean; rolledBack: boolean };

/** The migrations of a prisma/migrations folder: its sub-folders holding a migration.sql. */
export function migrationsOnDisk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

export function migrationGaps(onDisk: string[], applied: AppliedMigration[]): { missing: string[]; failed: string[] } {
  const done = new Set(applied.filter((row) => row.finished && !row.rolledBack).map((row) => row.name));
  const failed = [...new Set(applied.filter((row) => !row.finished && !row.rolledBack && !done.has(row.name)).map((row) => row.name))].sort();
  return { missing: onDisk.filter((name) => !done.has(name) && !failed.includes(name)), failed };
}
