// GET /api/ready on a real database: ready once every migration of prisma/migrations is applied;
// not ready, naming the check, when a migration's row is missing or the database does not answer.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { readinessChecks } from "@/lib/ops/readiness-checks";
import { evaluateReadiness, readinessResponse } from "@/lib/ops/readiness";
import { startS3Server } from "../support/s3-server";

let db: pg.Client;

beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});

afterAll(async () => {
  await db.end();
});

describe("GET /api/health", () => {
  it("answers 200 ok, never cached", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/ready", () => {
  it("answers 200 on the migrated database", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      status: "ready",
      checks: { database: { ok: true }, migrations: { ok: true }, jobQueue: { ok: true }, worker: { ok: true }, storage: { ok: true } },
    });
  });

  it("answers 503 when the job queue's tables are missing, then 200 again once they are back", async () => {
    await db.query(`ALTER TABLE graphile_worker.migrations RENAME TO migrations_hidden`);
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      const body = (await response.json()) as { checks: Record<string, { ok: boolean; problem?: string }> };
      expect(body.checks.jobQueue).toEqual({ ok: false, problem: "file des tâches de fond non migrée (npm run db:migrate)" });
      expect(body.checks.migrations).toEqual({ ok: true });
    } finally {
      await db.query(`ALTER TABLE graphile_worker.migrations_hidden RENAME TO migrations`);
    }
    expect((await ready()).status).toBe(200);
  });

  it("asks the bucket of STORAGE_URL: 200 when it answers, 503 when it is missing, without the SDK's message", async () => {
    const s3 = await startS3Server();
    try {
      vi.stubEnv("AWS_ACCESS_KEY_ID", s3.env.AWS_ACCESS_KEY_ID);
      vi.stubEnv("AWS_SECRET_ACCESS_KEY", s3.env.AWS_SECRET_ACCESS_KEY);
      vi.stubEnv("STORAGE_URL", s3.storageUrl());
      expect((await ready()).status).toBe(200);
      vi.stubEnv("STORAGE_URL", s3.storageUrl({ bucket: "odd17-absent" }));
      const response = await ready();
      expect(response.status).toBe(503);
      const body = (await response.json()) as { checks: Record<string, { ok: boolean; problem?: string }> };
      expect(body.checks.storage).toEqual({ ok: false, problem: "stockage des fichiers injoignable (bucket absent ou clés refusées)" });
    } finally {
      vi.unstubAllEnvs();
      await s3.close();
    }
    expect((await ready()).status).toBe(200);
  });

  it("answers 503 when this server's own worker has stopped on an error", async () => {
    const key = Symbol.for("odd17.inProcessWorker");
    const holder = globalThis as Record<symbol, unknown>;
    const saved = holder[key];
    holder[key] = { status: "failed" };
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      const body = (await response.json()) as { checks: Record<string, { ok: boolean; problem?: string }> };
      expect(body.checks.worker).toEqual({ ok: false, problem: "travailleur des tâches de fond arrêté sur une erreur" });
    } finally {
      holder[key] = saved;
    }
    expect((await ready()).status).toBe(200);
  });

  it("answers 503 naming the migration whose row is missing, then 200 again once it is back", async () => {
    const { rows } = await db.query(`DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations) RETURNING *`);
    const removed = rows[0] as Record<string, unknown>;
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      const body = (await response.json()) as { status: string; checks: Record<string, { ok: boolean; problem?: string }> };
      expect(body.status).toBe("not-ready");
      expect(body.checks.database).toEqual({ ok: true });
      expect(body.checks.migrations.ok).toBe(false);
      expect(body.checks.migrations.problem).toContain(String(removed.migration_name));
    } finally {
      const columns = Object.keys(removed);
      await db.query(
        `INSERT INTO _prisma_migrations (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(", ")})`,
        columns.map((column) => removed[column]),
      );
    }
    expect((await ready()).status).toBe(200);
  });

  it("answers 503 without the driver's message when the database does not answer", async () => {
    const unreachable = "postgresql://secret-user:secret-password@127.0.0.1:1/none";
    const response = readinessResponse(await evaluateReadiness(readinessChecks({ databaseUrl: () => unreachable })));
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text).checks.database).toEqual({ ok: false, problem: "base de données injoignable" });
    expect(text).not.toMatch(/secret|ECONNREFUSED|127\.0\.0\.1/);
  });
});
