// From a query string to a validated query, or to the list of problems the API answers with 400.
// Pure (zod only), unit-tested in query-params.test.ts. The schemas are strict: an unknown
// parameter is a problem too, named, rather than silently ignored as the HTML directories do —
// a client that mistypes `odd` as `odds` must learn it instead of getting the whole collection.
import { z } from "zod";

export interface ParameterProblem {
  /** The query parameter ("cursor", "type"…), or "query" for the query string as a whole. */
  parameter: string;
  message: string;
}

export type ParsedQuery<T> = { ok: true; data: T } | { ok: false; problems: ParameterProblem[] };

type Shape = Record<string, z.ZodType>;

function isList(schema: z.ZodType): boolean {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodArray;
}

/** More values than this in a query string is not a query any client of this API sends. */
const MAX_PARAMETERS = 100;

/**
 * Reads `params` against a strict object schema: list parameters ("type=a&type=b") become arrays,
 * the others must appear once. Messages are French, as the rest of the platform.
 */
export function parseQuery<S extends Shape, T>(schema: z.ZodType<T> & { shape: S }, params: URLSearchParams): ParsedQuery<T> {
  const problems: ParameterProblem[] = [];
  const raw: Record<string, string | string[]> = {};
  const keys = [...new Set(params.keys())];
  if ([...params.keys()].length > MAX_PARAMETERS) {
    return { ok: false, problems: [{ parameter: "query", message: `Trop de paramètres (${MAX_PARAMETERS} au plus).` }] };
  }
  for (const key of keys) {
    const field = schema.shape[key];
    if (!Object.hasOwn(schema.shape, key) || !field) {
      problems.push(key === "" ? { parameter: "query", message: "Paramètre sans nom." } : { parameter: key, message: "Paramètre inconnu." });
      continue;
    }
    const values = params.getAll(key);
    if (isList(field)) raw[key] = values;
    else if (values.length > 1) problems.push({ parameter: key, message: "Ce paramètre ne peut être donné qu'une fois." });
    else raw[key] = values[0];
  }
  if (problems.length > 0) return { ok: false, problems };

  const result = schema.safeParse(raw, { error: z.locales.fr().localeError });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      parameter: typeof issue.path[0] === "string" ? issue.path[0] : "query",
      message: issue.message,
    })),
  };
}
