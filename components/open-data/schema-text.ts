// How a JSON Schema (from the OpenAPI document) is described in words on the /api page. Pure.
import { openDataLabels } from "@/lib/copy/open-data";

type Schema = Record<string, unknown>;
const t = openDataLabels.api;

/** "association, entreprise…" for enums, "entier de 1 à 100", "texte"… */
export function describeSchema(schema: Schema | undefined): string {
  if (!schema) return "";
  if (schema.type === "array") return `${describeSchema(schema.items as Schema)} (${t.repeatable})`;
  if (Array.isArray(schema.enum)) return schema.enum.join(", ");
  if (schema.type === "integer" || schema.type === "number") return t.integer(schema.minimum as number | undefined, schema.maximum as number | undefined);
  if (typeof schema.maxLength === "number") return t.maxLength(schema.maxLength);
  return t.anyText;
}

/** The type of a response field, short: "texte", "entier", "liste", "objet", "… ou null". */
export function fieldType(schema: Schema | undefined): string {
  if (!schema) return "";
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(fieldType).join(" ou ");
  if (typeof schema.$ref === "string") return schema.$ref.split("/").at(-1) ?? "";
  const names: Record<string, string> = {
    string: "texte",
    integer: "entier",
    number: "nombre",
    boolean: "booléen",
    array: "liste",
    object: "objet",
    null: "null",
  };
  if (schema.type === "array") return `liste de ${fieldType(schema.items as Schema)}`;
  return names[String(schema.type)] ?? String(schema.type ?? "");
}
