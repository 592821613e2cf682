// The first of three layers of authorization, and the lightest: anonymous visitors of the
// workspace and the back office are sent to the sign-in page with the way back. Layouts then
// check the session, and every action and data function checks the permission itself.
// It gives each request its id (lib/log/request-id.ts): in the X-Request-Id header forwarded to
// the app and returned to the client, and in every log line of the request (lib/log/context.ts).
// It also answers 503 at once while the database is unreachable (lib/db/health.ts), sends old
// territory addresses to their new form, and serves the public pages that Next's page cache keeps
// by their cached route (lib/cache/cached-routes.ts).
// Requests that can change something (server actions, with or without JavaScript) are accepted
// only from the site's own origin, APP_URL (lib/http/app-url.ts): the check Next does itself
// compares Origin with the Host header and lets a request without Origin through.
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { servedRoutePath } from "@/lib/cache/cached-routes";
import { createHealthCheck } from "@/lib/db/health";
import { createDatabaseProbe } from "@/lib/db/health-probe";
import { appOrigin, refusesOrigin } from "@/lib/http/app-url";
import { RETRY_AFTER_SECONDS, unavailableHtml, unavailableJson } from "@/lib/http/unavailable";
import { recordRequestId } from "@/lib/log/context";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id";
import { paths } from "@/lib/paths";
import { legacyTerritoryPageTarget } from "@/lib/territories/page-url";

const PROTECTED = ["/espace", "/admin"];
// Probes of orchestrators and load balancers: never redirected, never answered by the proxy's own
// 503 (readiness says itself which check fails), only given their request id.
const PROBES = new Set([paths.health(), paths.readiness()]);

// Its own connection, not the app's pool: a busy pool is not a database down (lib/db/health-probe.ts).
const databaseAvailable = createHealthCheck(createDatabaseProbe(() => process.env.DATABASE_URL));

function unavailable(pathname: string): NextResponse {
  const api = pathname.startsWith("/api/");
  return new NextResponse(api ? unavailableJson() : unavailableHtml(), {
    status: 503,
    headers: {
      "content-type": api ? "application/problem+json; charset=utf-8" : "text/html; charset=utf-8",
      "retry-after": String(RETRY_AFTER_SECONDS),
      "cache-control": "no-store",
    },
  });
}

function crossOriginRefused(): NextResponse {
  return new NextResponse("Requête refusée : elle ne vient pas de ce site.\n", {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  recordRequestId(requestId);
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  const response = await answer(request, forwarded);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

async function answer(request: NextRequest, forwarded: Headers): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (PROBES.has(pathname)) return NextResponse.next({ request: { headers: forwarded } });
  // Redirects point to APP_URL, never to the Host the client sent (a cached 308 to another site
  // would outlive the request).
  const siteOrigin = appOrigin(process.env);
  if (refusesOrigin({ method: request.method, pathname, origin: request.headers.get("origin") }, siteOrigin)) return crossOriginRefused();
  if (!(await databaseAvailable())) return unavailable(pathname);
  const legacy = legacyTerritoryPageTarget(pathname, request.nextUrl.searchParams);
  if (legacy) {
    // Setting the parts, not parsing a string, so that no path can change the host.
    const url = new URL(siteOrigin);
    url.pathname = legacy.pathname;
    url.search = legacy.search;
    return NextResponse.redirect(url, 308);
  }
  const isProtected = PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  const hasSession = hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name));
  if (isProtected && !hasSession) {
    const url = new URL("/connexion", siteOrigin);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  forwarded.set("x-odd17-path", `${pathname}${search}`);
  const reading = request.method === "GET" || request.method === "HEAD";
  const cached = reading ? servedRoutePath(pathname, request.nextUrl.searchParams, hasSession) : null;
  if (cached) {
    const url = request.nextUrl.clone();
    url.pathname = cached;
    url.search = "";
    return NextResponse.rewrite(url, { request: { headers: forwarded } });
  }
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  // /api/uploads/ is left out: for every request the proxy sees, Next copies the body in memory
  // (up to proxyClientMaxBodySize, 1 MB: an upload would be cut there) and waits for all of it
  // before going on, so the upload route could not refuse a stranger before reading the file.
  // The route checks the origin itself (lib/http/same-origin.ts).
  // The icons and the manifest (public/, lib/site-icons.ts) are static files: no check applies to them.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico|apple-touch-icon.png|icon-192.png|icon-512.png|site.webmanifest|api/auth|api/uploads/).*)"],
};
