// The benchmark's baseline: the cheapest response this framework can give on this machine (no
// database, no session, no rendering), to compare every page's throughput with. It returns a
// constant and reads nothing, so it is harmless in production; `npm run bench` needs it there.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
