// Shared by the open data integration tests: calls the route handlers of app/api/v1 exactly as
// Next.js does (a Request and a params promise), and validates answers against the served OpenAPI
// document with ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";
import * as actor from "@/app/api/v1/acteurs/[slug]/route";
import * as actors from "@/app/api/v1/acteurs/route";
import * as alliance from "@/app/api/v1/alliances/[slug]/route";
import * as alliances from "@/app/api/v1/alliances/route";
import * as target from "@/app/api/v1/cibles/[code]/route";
import * as targets from "@/app/api/v1/cibles/route";
import * as kit from "@/app/api/v1/kits/[slug]/route";
import * as kits from "@/app/api/v1/kits/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as statistic from "@/app/api/v1/statistiques-diagnostics/[type]/[code]/route";
import * as statistics from "@/app/api/v1/statistiques-diagnostics/route";
import * as territory from "@/app/api/v1/territoires/[type]/[code]/route";
import * as territories from "@/app/api/v1/territoires/route";

export const ORIGIN = "http://localhost:3000";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** [path template, handler]: the same routing as the app/ folder. */
const ROUTES: [string, Handler][] = [
  ["/api/v1/openapi.json", openapi.GET],
  ["/api/v1/territoires", territories.GET],
  ["/api/v1/territoires/{type}/{code}", territory.GET as Handler],
  ["/api/v1/acteurs", actors.GET],
  ["/api/v1/acteurs/{slug}", actor.GET as Handler],
  ["/api/v1/alliances", alliances.GET],
  ["/api/v1/alliances/{slug}", alliance.GET as Handler],
  ["/api/v1/kits", kits.GET],
  ["/api/v1/kits/{slug}", kit.GET as Handler],
  ["/api/v1/cibles", targets.GET],
  ["/api/v1/cibles/{code}", target.GET as Handler],
  ["/api/v1/statistiques-diagnostics", statistics.GET],
  ["/api/v1/statistiques-diagnostics/{type}/{code}", statistic.GET as Handler],
];

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The OpenAPI path template that served it. */
  template: string;
  json: () => any;
}

function match(pathname: string): { template: string; handler: Handler; params: Record<string, string> } | null {
  const segments = pathname.split("/");
  for (const [template, handler] of ROUTES) {
    const parts = template.split("/");
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const ok = parts.every((part, index) => {
      if (part.startsWith("{")) {
        params[part.slice(1, -1)] = decodeURIComponent(segments[index]);
        return segments[index] !== "";
      }
      return part === segments[index];
    });
    if (ok) return { template, handler, params };
  }
  return null;
}

/** GET a path (with its query string) through the matching route handler. */
export async function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(pathAndQuery, ORIGIN);
  const route = match(url.pathname);
  if (!route) throw new Error(`No route for ${url.pathname}`);
  const response = await route.handler(new Request(url, { headers }), { params: Promise.resolve(route.params) });
  // Decoded by hand: Response.text() would drop the byte-order mark the CSV tests look for.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text, template: route.template, json: () => JSON.parse(text) };
}

/** Follows `pagination.next` from `path` to the end; every page is returned. */
export async function walk(path: string, between?: (page: number) => Promise<void>): Promise<Answer[]> {
  const pages: Answer[] = [];
  let next: string | null = path;
  while (next) {
    const answer = await get(next);
    if (answer.status !== 200) throw new Error(`${next} → ${answer.status} ${answer.text}`);
    pages.push(answer);
    next = answer.json().pagination.next;
    if (next && between) await between(pages.length);
  }
  return pages;
}

const addFormats = addFormatsImport as unknown as (ajv: Ajv2020) => void;

/** A validator of answers against the OpenAPI document (path template, status, media type). */
export function contractValidator(document: any) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, "openapi");
  return (answer: Answer): string[] => {
    const responses = document.paths[answer.template]?.get?.responses;
    const declared = responses?.[String(answer.status)];
    if (!declared) return [`${answer.template}: status ${answer.status} is not in the document`];
    if (!declared.content) return answer.text === "" ? [] : [`${answer.template} ${answer.status}: a body where none is declared`];
    const mediaType = (answer.headers.get("content-type") ?? "").split(";")[0].trim();
    const content = declared.content[mediaType];
    if (!content) return [`${answer.template} ${answer.status}: media type ${mediaType} not declared`];
    if (mediaType === "text/csv") return [];
    const schema = typeof content.schema.$ref === "string" ? { $ref: `openapi${content.schema.$ref}` } : content.schema;
    const validate = ajv.compile(schema);
    return validate(answer.json()) ? [] : (validate.errors ?? []).map((error) => `${answer.template} ${answer.status}: ${error.instancePath} ${error.message}`);
  };
}
