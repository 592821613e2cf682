// Auth.js's endpoints. Its POSTs (sign-in, sign-out, sign-in link) read their whole body, and
// this route is outside both proxy.ts and the server actions' limit: without the cap below, an
// anonymous POST of any size would be read into memory. Its forms are a few hundred bytes.
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { withCappedBody } from "@/lib/http/capped-body";
import { withRequestId } from "@/lib/log/route-request-id";

const AUTH_BODY_LIMIT_BYTES = 64 * 1024;

export const GET = withRequestId((request: NextRequest) => handlers.GET(request));

export const POST = withRequestId(async (request: Request): Promise<Response> => {
  const capped = withCappedBody(request, AUTH_BODY_LIMIT_BYTES);
  if (!capped) {
    return new Response("Requête trop volumineuse.", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" } });
  }
  return handlers.POST(new NextRequest(capped));
});
