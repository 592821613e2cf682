import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationGaps, migrationsOnDisk } from "./migrations";

const row = (name: string, finished = true, rolledBack = false) => ({ name, finished, rolledBack });

describe("migrationGaps", () => {
  it("finds nothing when every migration on disk has its finished row, newer rows included", () => {
    expect(migrationGaps(["a", "b"], [row("a"), row("b"), row("c")])).toEqual({ missing: [], failed: [] });
  });

  it("names a migration on disk without its row", () => {
    expect(migrationGaps(["a", "b", "c"], [row("a")])).toEqual({ missing: ["b", "c"], failed: [] });
  });

  it("names a migration that failed half-way, unless a later attempt finished it", () => {
    expect(migrationGaps(["a", "b"], [row("a"), row("b", false)])).toEqual({ missing: [], failed: ["b"] });
    expect(migrationGaps(["a", "b"], [row("a"), row("b", false, true), row("b")])).toEqual({ missing: [], failed: [] });
    expect(migrationGaps(["a", "b"], [row("a"), row("b", false, true)])).toEqual({ missing: ["b"], failed: [] });
  });
});

describe("migrationsOnDisk", () => {
  it("lists the folders that hold a migration.sql, in order", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "odd17-migrations-"));
    try {
      for (const name of ["20260102_b", "20260101_a", "empty"]) mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, "20260101_a", "migration.sql"), "");
      writeFileSync(path.join(dir, "20260102_b", "migration.sql"), "");
      writeFileSync(path.join(dir, "migration_lock.toml"), "");
      expect(migrationsOnDisk(dir)).toEqual(["20260101_a", "20260102_b"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("matches the project's own migrations folder", () => {
    expect(migrationsOnDisk(path.resolve(import.meta.dirname, "../../prisma/migrations")).length).toBeGreaterThan(10);
  });
});
