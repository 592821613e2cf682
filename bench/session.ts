// The bench user's session, obtained the way a browser gets it (Auth.js credentials sign-in with
// its CSRF token), and the id of the autosave server action from the build's manifest.
import { readFileSync } from "node:fs";
import path from "node:path";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/** Signs in; returns the Cookie header to send (session token included). */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/espace` }),
  });
  const cookies = [...jar, ...cookiesOf(response)];
  if (!cookies.some((cookie) => cookie.startsWith("authjs.session-token="))) {
    throw new Error(`Sign-in of ${email} failed (HTTP ${response.status}, ${response.headers.get("location") ?? "no redirect"})`);
  }
  return cookies.join("; ");
}

interface ServerReferenceManifest {
  node: Record<string, { filename?: string; exportedName?: string }>;
}

/** The id Next.js gave a server action in this build (`Next-Action` header). */
export function findActionId(manifest: ServerReferenceManifest, filename: string, exportedName: string): string {
  const entry = Object.entries(manifest.node).find(([, action]) => action.filename === filename && action.exportedName === exportedName);
  if (!entry) throw new Error(`Server action ${exportedName} of ${filename} not in the build manifest`);
  return entry[0];
}

export function readActionId(nextDir: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(nextDir, "server", "server-reference-manifest.json"), "utf8")) as ServerReferenceManifest;
  return findActionId(manifest, filename, exportedName);
}

/** The version a server action's RSC answer carries back ({"status":"saved","version":N}). */
export function savedVersion(body: string): number | null {
  const match = /"status":"saved","version":(\d+)/.exec(body);
  return match ? Number(match[1]) : null;
}
