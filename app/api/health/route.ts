// GET /api/health: the process is up and answers (liveness). It reads nothing, not even the
// database, so that a database outage never makes an orchestrator restart healthy servers; whether
// this server should get traffic is GET /api/ready. proxy.ts lets both through unconditionally.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
