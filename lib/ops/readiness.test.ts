import { describe, expect, it } from "vitest";
import { evaluateReadiness, readinessResponse } from "./readiness";

describe("evaluateReadiness", () => {
  it("is ready when every check passes", async () => {
    const readiness = await evaluateReadiness([
      { name: "database", run: async () => ({ ok: true }) },
      { name: "worker", run: async () => ({ ok: true }) },
    ]);
    expect(readiness).toEqual({ ready: true, checks: { database: { ok: true }, worker: { ok: true } } });
    const response = readinessResponse(readiness);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready", checks: { database: { ok: true }, worker: { ok: true } } });
  });

  it("says which check failed, bounds a check that hangs, and keeps a thrown error's text out of the answer", async () => {
    const readiness = await evaluateReadiness(
      [
        { name: "database", run: async () => ({ ok: true }) },
        { name: "hanging", run: () => new Promise(() => {}) },
        {
          name: "throwing",
          run: async () => {
            throw new Error("password authentication failed for user admin at 10.0.0.3");
          },
        },
        { name: "migrations", run: async () => ({ ok: false, problem: "migration non appliquée : x" }) },
      ],
      50,
    );
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.database).toEqual({ ok: true });
    expect(readiness.checks.hanging).toEqual({ ok: false, problem: "pas de réponse en 50 ms" });
    expect(readiness.checks.migrations).toEqual({ ok: false, problem: "migration non appliquée : x" });
    const response = readinessResponse(readiness);
    expect(response.status).toBe(503);
    const body = JSON.stringify(await response.json());
    expect(body).toContain('"status":"not-ready"');
    expect(body).not.toMatch(/10\.0\.0\.3|password|admin/);
  });
});
