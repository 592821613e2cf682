// The two load generators of a scenario: autocannon against the server (HTTP on loopback), and
// the raw-SQL floor (the page's main query replayed through `pg` at the same concurrency).
// Both record every latency, so that p50/p95/p99 are computed the same way (stats.ts).
import autocannon from "autocannon";
import pg from "pg";
import { summarise, type LatencySummary } from "./stats.ts";

export interface LoadResult {
  requests: number;
  rps: number;
  latency: LatencySummary;
  errors: number;
  /** Responses that were not 2xx (redirects included: a page must answer 200). */
  non2xx: number;
  statusCodes: Record<string, number>;
  seconds: number;
  /** Mean size of an HTTP response, headers included: what a cached page costs is mostly its bytes. */
  bytesPerResponse?: number;
}

export interface HttpLoad {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  method?: "GET" | "POST";
  /**
   * A request body and a key naming what it works on (e.g. a draft): the key comes back to
   * `accept` with the response. autocannon resets a request's context after each response, so
   * the key travels in the context of that one request.
   */
  body?: () => { body: string; key: string };
  /** Whether a response body is a success (e.g. a server action answering "saved"). */
  accept?: (body: string, key: string) => boolean;
  /** The path of each request, in turn (its count goes on from one run to the next: warm-up, then measure). */
  nextPath?: () => string;
}

export async function runHttpLoad(load: HttpLoad): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let bytes = 0;
  let rejected = 0;
  const wantsBody = load.accept !== undefined;
  const started = Date.now();
  let finish: (error: unknown, result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: load.url,
      connections: load.connections,
      duration: load.seconds,
      method: load.method ?? "GET",
      headers: load.headers,
      // A stalled page is an error, not an endless wait.
      timeout: 30,
      requests: [
        {
          setupRequest: (request, context) => {
            if (load.nextPath) return { ...request, path: load.nextPath() };
            if (!load.body) return request;
            const next = load.body();
            (context as { key?: string }).key = next.key;
            return { ...request, body: next.body };
          },
          onResponse: wantsBody
            ? (status, body, context) => {
                const key = (context as { key?: string }).key ?? "";
                if (!load.accept!(body, key) && status >= 200 && status < 300) rejected += 1;
              }
            : undefined,
        },
      ],
    },
    (error, result) => finish(error, result),
  );
  instance.on("response", (_client, statusCode, responseBytes, responseTime) => {
    latencies.push(responseTime);
    bytes += responseBytes;
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
  });
  const result = await done;
  const seconds = (Date.now() - started) / 1000;
  const non2xx = Object.entries(statusCodes).reduce((sum, [code, count]) => (code.startsWith("2") ? sum : sum + count), 0);
  return {
    requests: latencies.length,
    rps: latencies.length / (result.duration || seconds),
    latency: summarise(latencies),
    errors: result.errors + result.timeouts + non2xx + rejected,
    non2xx,
    statusCodes,
    seconds,
    bytesPerResponse: latencies.length > 0 ? bytes / latencies.length : undefined,
  };
}

export interface SqlLoad {
  url: string;
  connections: number;
  seconds: number;
  query: string;
  params: unknown[];
}

/** `connections` clients, each running the query back to back for the duration. */
export async function runSqlLoad(load: SqlLoad): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: load.url, max: load.connections });
  pool.on("error", () => {});
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  const deadline = started + load.seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: load.connections }, async () => {
        const client = await pool.connect();
        try {
          while (Date.now() < deadline) {
            const begun = performance.now();
            try {
              await client.query(load.query, load.params);
              latencies.push(performance.now() - begun);
            } catch {
              errors += 1;
            }
          }
        } finally {
          client.release();
        }
      }),
    );
  } finally {
    await pool.end();
  }
  const seconds = (Date.now() - started) / 1000;
  return { requests: latencies.length, rps: latencies.length / seconds, latency: summarise(latencies), errors, non2xx: 0, statusCodes: {}, seconds };
}
