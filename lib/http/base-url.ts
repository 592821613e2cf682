// The absolute address of the site, for links sent by e-mail and written in pages: APP_URL, and
// never the request's Host or X-Forwarded-* headers, which anyone can set (lib/http/app-url.ts).
// The launcher sets APP_URL (required in production on DATABASE_URL; http://localhost:<port>
// otherwise); a process started without it uses http://localhost:$PORT.
import "server-only";
import { appOrigin } from "@/lib/http/app-url";

/** The site's origin, without a trailing slash: what every absolute link starts with. */
export function siteUrl(): string {
  return appOrigin(process.env);
}

/** Kept for the callers that await it; the answer never depends on the request. */
export async function appBaseUrl(): Promise<string> {
  return siteUrl();
}

export async function absoluteUrl(path: string): Promise<string> {
  return `${siteUrl()}${path}`;
}
