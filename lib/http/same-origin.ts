// Cross-site request forgery, for the route handlers that change data and that proxy.ts does
// not see (/api/uploads/): the same rule proxy.ts applies to pages and server actions
// (lib/http/app-url.ts). A browser always sends Origin with a POST; it must be the site's own,
// APP_URL (or the local default). Request headers never say what the site's origin is.
import { appOrigin, checkAppUrl } from "./app-url";

export function isSameOrigin(headers: Headers, siteOrigin: string = appOrigin(process.env)): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  const checked = checkAppUrl(origin);
  return checked.ok && checked.origin === siteOrigin;
}
