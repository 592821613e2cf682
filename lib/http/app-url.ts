// The public address of the site comes from configuration only: APP_URL. Every absolute link the
// platform writes (e-mails, sitemaps, robots.txt, canonical and OpenGraph addresses, the OpenAPI
// `servers`, the open-data `url` fields) and the one origin server actions accept are derived
// from it. Request headers (Host, X-Forwarded-Host, X-Forwarded-Proto) are never used: anyone
// can send them, and a link built from them can point a victim's reset e-mail to another site.
// Pure module: read by the launcher, next.config.ts, proxy.ts and lib/http/base-url.ts.
import { lastFlagValue } from "./listen-hostname";

export type AppUrlCheck = { ok: true; origin: string } | { ok: false; problem: string };

/**
 * APP_URL must be an absolute http(s) address of the site's root: scheme, host and optional
 * port; no path (a trailing "/" is allowed), query, fragment or credentials. The result is the
 * URL's origin (lower-case host, default port dropped), the form every link starts with.
 */
export function checkAppUrl(value: string): AppUrlCheck {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: "n'est pas une adresse absolue (exemple : https://odd17.exemple.fr) / is not an absolute URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, problem: "doit commencer par https:// ou http:// / must use http or https" };
  if (url.username || url.password) return { ok: false, problem: "ne doit pas contenir d'identifiants / must not carry credentials" };
  if (url.pathname !== "/" || url.search || url.hash || /[?#]/.test(trimmed)) {
    return { ok: false, problem: "doit être la racine du site, sans chemin ni paramètres / must be the site's root, without path or query" };
  }
  return { ok: true, origin: url.origin };
}

/** http://localhost:<port>: the address of a local server, the default outside production. */
export function localAppUrl(port: string | number): string {
  return `http://localhost:${port}`;
}

/**
 * The site's origin for a running process: APP_URL when it is valid, otherwise the local
 * default on PORT (or 3000). The launcher refuses to start production without a valid APP_URL,
 * so the fallback only serves development, scripts and tests; it never reads a request.
 */
export function appOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.APP_URL ? checkAppUrl(env.APP_URL) : null;
  if (configured?.ok) return configured.origin;
  return localAppUrl(env.PORT?.trim() || "3000");
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether proxy.ts must refuse a request before it reaches a page or a server action: any
 * request that can change something (a server action is a POST to a page, with or without
 * JavaScript) must carry an Origin header equal to the site's origin. Browsers always send
 * Origin on such requests, so a missing one is refused too (Next lets it through with a
 * warning). Route handlers under /api/ answer for themselves: the open-data API is read-only and
 * public, Auth.js checks its own CSRF token.
 */
export function refusesOrigin(request: { method: string; pathname: string; origin: string | null }, siteOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  if (request.pathname === "/api" || request.pathname.startsWith("/api/")) return false;
  if (!request.origin) return true;
  const checked = checkAppUrl(request.origin);
  return !checked.ok || checked.origin !== siteOrigin;
}

/**
 * The port a `next` command line listens on, read as Next reads it (`-p 3001`, `-p3001`,
 * `--port 3001`, `--port=3001`, the last one winning), else PORT, else 3000.
 */
export function commandPort(command: readonly string[], env: Record<string, string | undefined> = process.env): string {
  const port = lastFlagValue(command, "-p", "--port", (rest) => /^\d+$/.test(rest));
  return port?.trim() || env.PORT?.trim() || "3000";
}
