// The OpenAPI 3.1 document of the open data API, generated from the zod schemas that validate
// the queries (query.schemas.ts) and describe the answers (response.schemas.ts) with zod 4's
// z.toJSONSchema: parameters and schemas are never written twice. Pure: the route handler of
// /api/v1/openapi.json serves it and the /api page renders it.
import { z } from "zod";
import { rateLimitRule } from "@/lib/rate-limit/rate-limit";
import { API_BASE, DATASET_KEYS, DATASETS, LICENCE, datasetPath, type Dataset } from "./datasets";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./query.schemas";
import { componentRegistry, problemSchema } from "./response.schemas";

type JsonObject = Record<string, unknown>;

const TARGET = "draft-2020-12" as const;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

export function componentId(schema: z.ZodType): string {
  const id = componentRegistry.get(schema)?.id;
  if (!id) throw new Error("Every response schema of the API must be a named component.");
  return id;
}

function components(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(componentRegistry, { target: TARGET, uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, JsonObject>;
  };
  // "$id" as a bare fragment is not a valid 2020-12 identifier, and "$schema" is implied by OpenAPI 3.1.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema]));
}

/** One parameter of the OpenAPI document from one field of a zod query (or path) schema. */
function parameter(name: string, field: z.ZodType, where: "query" | "path"): JsonObject {
  const { $schema: _schema, description, example, ...schema } = z.toJSONSchema(field, { target: TARGET, io: "input", unrepresentable: "any" }) as JsonObject;
  return {
    name,
    in: where,
    required: where === "path",
    ...(description ? { description } : {}),
    schema,
    ...(example !== undefined ? { example } : {}),
    ...(schema.type === "array" ? { style: "form", explode: true } : {}),
  };
}

const problem = (description: string, headers?: JsonObject) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/problem+json": { schema: ref(componentId(problemSchema)) } },
});

const cachingHeaders = {
  ETag: {
    description: "Empreinte faible du contenu (réponses JSON ; le CSV, produit au fil de l'eau, n'en a pas), à renvoyer dans If-None-Match.",
    schema: { type: "string" },
  },
  "Cache-Control": { description: "Mise en cache publique de courte durée.", schema: { type: "string" } },
};

const commonResponses = {
  "304": { description: "Inchangé depuis la version dont l'empreinte (ETag) a été envoyée dans If-None-Match." },
  "429": problem("Limite de débit atteinte pour cette adresse IP.", {
    "Retry-After": { description: "Secondes à attendre avant de réessayer.", schema: { type: "integer" } },
  }),
};

const ifNoneMatch = {
  name: "If-None-Match",
  in: "header",
  required: false,
  description: "ETag d'une réponse précédente : 304 si rien n'a changé.",
  schema: { type: "string" },
};

function listOperation(dataset: Dataset): JsonObject {
  return {
    operationId: `list-${dataset.key}`,
    summary: dataset.title,
    description: `${dataset.description} Tri : ${dataset.order}.`,
    tags: [dataset.title],
    parameters: [...Object.entries(dataset.query.shape).map(([name, field]) => parameter(name, field as z.ZodType, "query")), ifNoneMatch],
    responses: {
      "200": {
        description: "Une page de la collection (JSON), ou toute la collection filtrée (CSV avec `format=csv`).",
        headers: cachingHeaders,
        content: {
          "application/json": { schema: ref(componentId(dataset.list)) },
          "text/csv": { schema: { type: "string" } },
        },
      },
      "400": problem("Paramètre inconnu ou invalide : chaque problème nomme son paramètre."),
      ...commonResponses,
    },
  };
}

function itemOperation(dataset: Dataset): JsonObject {
  return {
    operationId: `get-${dataset.key}`,
    summary: `${dataset.title} : un élément`,
    tags: [dataset.title],
    parameters: [...Object.entries(dataset.itemPath.shape).map(([name, field]) => parameter(name, field as z.ZodType, "path")), ifNoneMatch],
    responses: {
      "200": { description: "L'élément publié.", headers: cachingHeaders, content: { "application/json": { schema: ref(componentId(dataset.detail)) } } },
      "400": problem("Paramètre de requête inconnu (cette adresse n'en accepte aucun)."),
      "404": problem("Aucun élément publié à cette adresse."),
      ...commonResponses,
    },
  };
}

export const OPENAPI_PATH = `${API_BASE}/openapi.json`;

export function itemPathTemplate(dataset: Dataset): string {
  return `${datasetPath(dataset.key)}/${Object.keys(dataset.itemPath.shape)
    .map((name) => `{${name}}`)
    .join("/")}`;
}

export function buildOpenApiDocument(serverUrl = "/"): JsonObject {
  const rule = rateLimitRule("api");
  const paths: Record<string, JsonObject> = {};
  for (const key of DATASET_KEYS) {
    const dataset = DATASETS[key];
    paths[datasetPath(key)] = { get: listOperation(dataset) };
    paths[itemPathTemplate(dataset)] = { get: itemOperation(dataset) };
  }
  paths[OPENAPI_PATH] = {
    get: {
      operationId: "openapi",
      summary: "Ce document OpenAPI",
      tags: ["Documentation"],
      responses: {
        "200": { description: "Le document OpenAPI 3.1 de l'API.", content: { "application/json": { schema: { type: "object" } } } },
        ...commonResponses,
      },
    },
  };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "API des données ouvertes — ODD 17 en pratiques",
      version: "1.0.0",
      description: [
        "Les données publiées de la plateforme, en lecture seule et sans compte : territoires, acteurs, alliances, kits, cibles des ODD et statistiques agrégées des diagnostics.",
        "Seules les données publiées apparaissent ; aucune donnée personnelle (ni adresse e-mail, ni téléphone, ni compte).",
        `Pagination par curseur : ${DEFAULT_LIMIT} éléments par page par défaut, ${MAX_LIMIT} au plus ; suivre \`pagination.next\` jusqu'à ce qu'il vaille null.`,
        `Limite de débit : ${rule.limit} requêtes par ${rule.windowSeconds} secondes et par adresse IP (réponse 429 avec Retry-After au-delà).`,
        "CORS ouvert (Access-Control-Allow-Origin: *) pour GET, HEAD et OPTIONS. Réponses JSON avec ETag et Cache-Control.",
        `Licence : ${LICENCE.name}.`,
      ].join("\n\n"),
      license: { name: LICENCE.name, identifier: "etalab-2.0" },
    },
    servers: [{ url: serverUrl }],
    paths,
    components: { schemas: components() },
  };
}
