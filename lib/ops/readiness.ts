// Whether this server should receive traffic (GET /api/ready): a list of named checks, all run at
// once, each bounded in time, so that a load balancer's probe never hangs on a database that does
// not answer. Pure orchestration: the checks themselves are in readiness-checks.ts; a new one (the
// background worker alive, …) is one more entry in that list.
import { log } from "@/lib/log/logger";

export type CheckResult = { ok: true } | { ok: false; problem: string };
export type ReadinessCheck = { name: string; run: () => Promise<CheckResult> };
export type Readiness = { ready: boolean; checks: Record<string, CheckResult> };

export const CHECK_TIMEOUT_MS = 3000;

async function bounded(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, problem: `pas de réponse en ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    return await Promise.race([check.run(), late]);
  } catch (error) {
    // The error's text may hold addresses or names: it goes to the log, never into the answer.
    log.warn({ err: error, check: check.name }, "Readiness check failed");
    return { ok: false, problem: "erreur inattendue (voir le journal du serveur)" };
  } finally {
    clearTimeout(timer);
  }
}

export async function evaluateReadiness(checks: ReadinessCheck[], timeoutMs = CHECK_TIMEOUT_MS): Promise<Readiness> {
  const results = await Promise.all(checks.map((check) => bounded(check, timeoutMs)));
  return {
    ready: results.every((result) => result.ok),
    checks: Object.fromEntries(checks.map((check, index) => [check.name, results[index]])),
  };
}

/** The answer of GET /api/ready: 200 when every check passes, else 503 saying which failed. */
export function readinessResponse(readiness: Readiness): Response {
  return Response.json(
    { status: readiness.ready ? "ready" : "not-ready", checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
