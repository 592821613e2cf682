// The embedded default mode: data survives a restart, a second app on the same folder is refused
// with a clear message, and an orphan server left by a killed launcher is taken over.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDatabaseError, startEmbeddedDatabase } from "@/lib/db/embedded";

const rootDir = mkdtempSync(path.join(tmpdir(), "odd17-embedded-"));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

afterAll(() => rmSync(rootDir, { recursive: true, force: true }));

describe("embedded PostgreSQL", () => {
  it("keeps its data across a stop and a start", async () => {
    const first = await startEmbeddedDatabase({ rootDir });
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('toujours là')");
    await first.stop();
    const second = await startEmbeddedDatabase({ rootDir });
    const result = await query(second.url, "SELECT value FROM kept");
    expect(result.rows).toEqual([{ value: "toujours là" }]);
    await second.stop();
  });

  it("refuses a second owner of the same folder with a French and English message", async () => {
    // A live process that claims the folder, as a second app would find it.
    const owner = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(rootDir, "owner.pid"), `${owner.pid}\n`);
    try {
      const attempt = startEmbeddedDatabase({ rootDir });
      await expect(attempt).rejects.toBeInstanceOf(EmbeddedDatabaseError);
      await expect(attempt).rejects.toThrow(/déjà utilisée.*already used/);
    } finally {
      owner.kill();
      rmSync(path.join(rootDir, "owner.pid"), { force: true });
    }
  });

  it("takes over after a launcher that was killed, leaving its server behind", async () => {
    const crashed = await startEmbeddedDatabase({ rootDir });
    await query(crashed.url, "INSERT INTO kept VALUES ('après un arrêt brutal')");
    // Simulate the launcher dying: its lock names a dead process, PostgreSQL still runs.
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(rootDir, "owner.pid"), "999999\n");
    const next = await startEmbeddedDatabase({ rootDir });
    const result = await query(next.url, "SELECT count(*)::int AS n FROM kept");
    expect(result.rows[0].n).toBe(2);
    await next.stop();
  });
});
