// The HTTP side of the open data API, shared by every route handler under app/api/v1: rate limit
// per IP address (in memory), strict query parsing (400 naming the parameter), keyset pages, CSV streaming,
// ETag / If-None-Match, caching and CORS headers. Errors are problem+json (RFC 9457); a query
// string never causes a 500: anything unexpected is logged and answered as a plain 500 without
// details, which the fuzz test of tests/integration/open-data-*.test.ts proves does not happen.
import "server-only";
import { z } from "zod";
import { csvStream } from "@/lib/exports/csv-stream";
import { CSV_CONTENT_TYPE, attachmentDisposition, csvFileName, type CsvValue } from "@/lib/exports/csv";
import { rateLimitKey, rateLimitRule } from "@/lib/rate-limit/rate-limit";
import { memoryLimiter } from "@/lib/rate-limit/memory-limiter";
import { siteUrl } from "@/lib/http/base-url";
import { encodeCursor, type CursorKey } from "./cursor";
import { DATASETS, type DatasetKey } from "./datasets";
import { ApiProblem, notFound } from "./errors";
import { etagMatches, weakEtag } from "./etag";
import { getItem, listItems } from "./handlers";
import { buildOpenApiDocument } from "./openapi";
import { parseQuery, type ParameterProblem } from "./query-params";
import { DEFAULT_LIMIT } from "./query.schemas";
import type { Problem } from "./response.schemas";
import { clientAddressKey } from "@/lib/http/client-address";
import { logUnexpectedError } from "@/lib/log/logger";

const CSV_PAGE_SIZE = 1000;
export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=60";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining",
} as const;

/** Preflight: only simple reads are allowed, from anywhere. */
export function optionsResponse(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400" } });
}

const PROBLEM_TITLES: Record<number, string> = {
  400: "Requête invalide",
  404: "Introuvable",
  429: "Trop de requêtes",
  500: "Erreur interne",
};

export function problemResponse(status: number, detail: string, errors: ParameterProblem[] = [], headers: Record<string, string> = {}): Response {
  const body: Problem = { type: "about:blank", title: PROBLEM_TITLES[status] ?? "Erreur", status, detail, errors };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store", ...CORS_HEADERS, ...headers },
  });
}

/**
 * Per-IP limit in this server's memory (lib/rate-limit/memory-limiter.ts): a read must not write a
 * counter to PostgreSQL. Each server has its own budget; the reverse proxy limits across servers.
 */
function rateLimited(request: Request): Response | null {
  const rule = rateLimitRule("api");
  const result = memoryLimiter().hit(rateLimitKey("api", "ip", clientAddressKey(request.headers)), rule);
  if (result.allowed) return null;
  return problemResponse(
    429,
    `Limite de ${rule.limit} requêtes par ${rule.windowSeconds} secondes atteinte. Réessayez dans ${result.retryAfterSeconds} secondes.`,
    [],
    {
      "Retry-After": String(result.retryAfterSeconds),
      "X-RateLimit-Limit": String(rule.limit),
      "X-RateLimit-Remaining": "0",
    },
  );
}

function jsonResponse(request: Request, payload: unknown): Response {
  const body = JSON.stringify(payload);
  const etag = weakEtag(body);
  const headers = { ...CORS_HEADERS, ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding" };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

/** Runs a handler with the rate limit first and every expected error mapped to its status. */
async function guarded(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    const refused = rateLimited(request);
    if (refused) return refused;
    return await run();
  } catch (error) {
    if (error instanceof ApiProblem) return problemResponse(error.status, error.message, error.problems);
    logUnexpectedError(error, "Unexpected error in the open data API", { path: new URL(request.url).pathname });
    return problemResponse(500, "Une erreur inattendue est survenue. Réessayez plus tard.");
  }
}

/** The site's public address: APP_URL, never the request's Host (lib/http/app-url.ts). */
function publicOrigin(): string {
  return siteUrl();
}

function nextUrl(request: Request, cursor: string): string {
  const url = new URL(request.url);
  url.searchParams.set("cursor", cursor);
  return `${publicOrigin()}${url.pathname}${url.search}`;
}

/** GET /api/v1/<key>: one page as JSON, or the whole filtered collection as streamed CSV. */
export function handleList(request: Request, key: DatasetKey): Promise<Response> {
  return guarded(request, async () => {
    const url = new URL(request.url);
    const parsed = parseQuery(DATASETS[key].query, url.searchParams);
    if (!parsed.ok) return problemResponse(400, "Paramètre invalide.", parsed.problems);
    const query = parsed.data as { cursor?: CursorKey; limit?: number; format?: "json" | "csv" };
    if (query.format === "csv") return csvResponse(key, query, publicOrigin());

    const limit = query.limit ?? DEFAULT_LIMIT;
    const page = await listItems(key, query, query.cursor, { origin: publicOrigin(), limit });
    const nextCursor = page.nextKey ? encodeCursor(page.nextKey) : null;
    return jsonResponse(request, { data: page.items, pagination: { limit, nextCursor, next: nextCursor ? nextUrl(request, nextCursor) : null } });
  });
}

async function csvResponse(key: DatasetKey, query: object, origin: string): Promise<Response> {
  const dataset = DATASETS[key];
  // The first page is read before answering, so that a bad filter (unknown territory) is still a 400.
  const first = await listItems(key, query, undefined, { origin, limit: CSV_PAGE_SIZE });
  async function* pages(): AsyncGenerator<CsvValue[][]> {
    let page = first;
    for (;;) {
      if (page.items.length > 0) yield page.items.map((item) => dataset.csv.row(item as never));
      if (!page.nextKey) return;
      page = await listItems(key, query, page.nextKey, { origin, limit: CSV_PAGE_SIZE });
    }
  }
  return new Response(csvStream(dataset.csv.header, pages()), {
    status: 200,
    headers: {
      ...CORS_HEADERS,
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachmentDisposition(csvFileName(key)),
      "Cache-Control": CACHE_CONTROL,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

const noQuery = z.object({}).strict();

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** GET /api/v1/<key>/<id…>: one published item; 404 for anything that names none. */
export function handleItem(request: Request, key: DatasetKey, rawParams: Record<string, string>): Promise<Response> {
  return guarded(request, async () => {
    const url = new URL(request.url);
    const parsed = parseQuery(noQuery, url.searchParams);
    if (!parsed.ok) return problemResponse(400, "Paramètre invalide.", parsed.problems);
    const params = DATASETS[key].itemPath.safeParse(Object.fromEntries(Object.entries(rawParams).map(([name, value]) => [name, decodeSafe(value)])));
    if (!params.success) throw notFound();
    const item = await getItem(key, params.data as Record<string, string>, publicOrigin());
    if (!item) throw notFound();
    return jsonResponse(request, item);
  });
}

/** GET /api/v1/openapi.json: the document, with this server's address. */
export function openApiResponse(request: Request): Promise<Response> {
  return guarded(request, async () => {
    const url = new URL(request.url);
    const parsed = parseQuery(noQuery, url.searchParams);
    if (!parsed.ok) return problemResponse(400, "Paramètre invalide.", parsed.problems);
    return jsonResponse(request, buildOpenApiDocument(publicOrigin()));
  });
}
