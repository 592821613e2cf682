// An HTTP request from a chosen loopback address (127.0.0.2, 127.0.0.3…): what the server sees
// as different clients, whatever headers they send. fetch() cannot choose its source address.
import http from "node:http";

export type RawAnswer = { status: number; location: string | null; setCookies: string[]; text: string };

export function requestFrom(from: string, url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        headers: { ...(options.body !== undefined ? { "content-length": String(Buffer.byteLength(options.body)) } : {}), ...options.headers },
        localAddress: from,
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location ?? null,
            setCookies: response.headers["set-cookie"] ?? [],
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    request.on("timeout", () => request.destroy(new Error(`délai dépassé : ${url}`)));
    request.on("error", reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

const cookiePairs = (setCookies: string[]) => setCookies.map((cookie) => cookie.split(";")[0]);

/**
 * One password attempt through Auth.js's own callback (what a script would post, bypassing the
 * sign-in form), from `from`, with whatever X-Forwarded-For the caller forges. Returns the
 * session cookie when it signed in.
 */
export async function passwordAttempt(baseUrl: string, from: string, email: string, password: string, forwardedFor?: string): Promise<string | null> {
  const csrf = await requestFrom(from, `${baseUrl}/api/auth/csrf`);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const answer = await requestFrom(from, `${baseUrl}/api/auth/callback/password`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiePairs(csrf.setCookies).join("; "),
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/espace` }).toString(),
  });
  return cookiePairs(answer.setCookies).find((pair) => pair.includes("session-token=")) ?? null;
}
