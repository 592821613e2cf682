// GET /api/ready: 200 when this server can serve (database reachable, every migration applied),
// else 503 naming the check that failed — what a load balancer should probe (lib/ops/readiness.ts).
import { readinessChecks } from "@/lib/ops/readiness-checks";
import { evaluateReadiness, readinessResponse } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

const checks = readinessChecks();

export async function GET() {
  return readinessResponse(await evaluateReadiness(checks));
}
