// Cross-site request forgery, for the route handlers that change data (server actions get the
// same check from Next). A browser always sends Origin with a POST; it must name this site:
// APP_URL when it is configured, otherwise the host the request was sent to (the forwarded host
// first, as Next compares it). A page of another site cannot forge either header.

function firstHost(value: string | null): string | null {
  const host = value?.split(",")[0]?.trim();
  return host ? host.toLowerCase() : null;
}

export function isSameOrigin(headers: Headers, appUrl: string | undefined = process.env.APP_URL): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return false;
  }
  if (appUrl) {
    try {
      return from.origin === new URL(appUrl).origin;
    } catch {
      return false;
    }
  }
  const host = firstHost(headers.get("x-forwarded-host")) ?? firstHost(headers.get("host"));
  return host !== null && from.host === host;
}
