// Plain-French messages for zod's built-in checks. Zod's own "fr" locale is written for
// developers ("Trop petit : chaîne de caractères doit avoir >=3 caractères"); these are written
// for the people filling in the forms. Messages set on a schema still take precedence: pass this
// map per parse (`schema.safeParse(data, { error: frenchErrorMap })`), which zod consults only
// for checks that carry no message of their own.
import type { z } from "zod";

type RawIssue = z.core.$ZodRawIssue;

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && input.trim() === "");
}

function plural(count: number | bigint, one: string, many: string): string {
  return Number(count) <= 1 ? one : many;
}

const typeMessages: Record<string, string> = {
  number: "Saisissez un nombre.",
  int: "Saisissez un nombre entier.",
  date: "Saisissez une date valide.",
  boolean: "Choisissez oui ou non.",
  array: "Choisissez au moins une valeur.",
};

const formatMessages: Record<string, string> = {
  email: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
  url: "Saisissez une adresse web valide, commençant par https://.",
  date: "Saisissez une date valide.",
  datetime: "Saisissez une date et une heure valides.",
  uuid: "Identifiant invalide.",
  cuid: "Identifiant invalide.",
};

function tooSmall(issue: Extract<RawIssue, { code: "too_small" }>): string {
  const { minimum, origin, inclusive } = issue;
  if (origin === "string") {
    if (Number(minimum) <= 1 || isBlank(issue.input)) return "Ce champ est obligatoire.";
    return `Saisissez au moins ${minimum} ${plural(minimum, "caractère", "caractères")}.`;
  }
  if (origin === "array" || origin === "set") {
    return `Choisissez au moins ${minimum} ${plural(minimum, "élément", "éléments")}.`;
  }
  if (origin === "date") return "Cette date est trop ancienne.";
  return inclusive ? `La valeur doit être supérieure ou égale à ${minimum}.` : `La valeur doit être supérieure à ${minimum}.`;
}

function tooBig(issue: Extract<RawIssue, { code: "too_big" }>): string {
  const { maximum, origin, inclusive } = issue;
  if (origin === "string") return `Saisissez au plus ${maximum} ${plural(maximum, "caractère", "caractères")}.`;
  if (origin === "array" || origin === "set") {
    return `Choisissez au plus ${maximum} ${plural(maximum, "élément", "éléments")}.`;
  }
  if (origin === "date") return "Cette date est trop lointaine.";
  return inclusive ? `La valeur doit être inférieure ou égale à ${maximum}.` : `La valeur doit être inférieure à ${maximum}.`;
}

export function frenchMessage(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (isBlank(issue.input)) return "Ce champ est obligatoire.";
      return typeMessages[issue.expected] ?? "Valeur invalide.";
    case "too_small":
      return tooSmall(issue);
    case "too_big":
      return tooBig(issue);
    case "invalid_format":
      if (isBlank(issue.input)) return "Ce champ est obligatoire.";
      return formatMessages[issue.format] ?? "Le format de cette valeur n'est pas valide.";
    case "invalid_value":
      return isBlank(issue.input) ? "Ce champ est obligatoire." : "Choisissez une valeur dans la liste.";
    case "not_multiple_of":
      return `La valeur doit être un multiple de ${issue.divisor}.`;
    case "unrecognized_keys":
      return `Champs non reconnus : ${issue.keys.join(", ")}.`;
    default:
      return "Valeur invalide.";
  }
}

export const frenchErrorMap: z.core.$ZodErrorMap = (issue) => frenchMessage(issue);
