// The absolute address of the site, for links sent by e-mail. APP_URL wins (set it in
// production, behind a reverse proxy); otherwise the request's own host is used, and outside a
// request (scripts, tests) http://localhost:3000.
import "server-only";
import { headers } from "next/headers";

const FALLBACK = "http://localhost:3000";

/** APP_URL without its trailing slashes, or null: what a page cached for every visitor may use. */
export function configuredBaseUrl(): string | null {
  return process.env.APP_URL ? process.env.APP_URL.replace(/\/+$/, "") : null;
}

export async function appBaseUrl(): Promise<string> {
  const configured = configuredBaseUrl();
  if (configured) return configured;
  let h: Headers;
  try {
    h = await headers();
  } catch {
    return FALLBACK;
  }
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return FALLBACK;
  const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}

export async function absoluteUrl(path: string): Promise<string> {
  return `${await appBaseUrl()}${path}`;
}
