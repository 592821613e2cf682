import { describe, expect, it } from "vitest";
import { z } from "zod";
import { frenchErrorMap } from "@/lib/validation/french-errors";

function messageOf(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input, { error: frenchErrorMap });
  if (result.success) throw new Error("expected a failure");
  return result.error.issues[0].message;
}

describe("frenchErrorMap", () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ["missing string", z.string(), undefined, "Ce champ est obligatoire."],
    ["empty required string", z.string().min(1), "", "Ce champ est obligatoire."],
    ["short string", z.string().min(3), "ab", "Saisissez au moins 3 caractères."],
    ["long string", z.string().max(5), "abcdef", "Saisissez au plus 5 caractères."],
    ["max 1 character", z.string().max(1), "ab", "Saisissez au plus 1 caractère."],
    ["e-mail", z.email(), "nope", "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr."],
    ["url", z.url(), "nope", "Saisissez une adresse web valide, commençant par https://."],
    ["regex", z.string().regex(/^\d{9}$/), "12", "Le format de cette valeur n'est pas valide."],
    ["not a number", z.coerce.number(), "abc", "Saisissez un nombre."],
    ["not an integer", z.number().int(), 1.5, "Saisissez un nombre entier."],
    ["too small number", z.number().min(1), 0, "La valeur doit être supérieure ou égale à 1."],
    ["too big exclusive", z.number().lt(10), 10, "La valeur doit être inférieure à 10."],
    ["enum", z.enum(["A", "B"]), "C", "Choisissez une valeur dans la liste."],
    ["enum left empty", z.enum(["A", "B"]), "", "Ce champ est obligatoire."],
    ["array too short", z.array(z.string()).min(2), ["a"], "Choisissez au moins 2 éléments."],
    ["multiple of", z.number().multipleOf(5), 7, "La valeur doit être un multiple de 5."],
    ["strict object", z.strictObject({}), { extra: 1 }, "Champs non reconnus : extra."],
    ["custom refine", z.string().refine(() => false), "x", "Valeur invalide."],
  ])("%s", (_label, schema, input, expected) => {
    expect(messageOf(schema, input)).toBe(expected);
  });
});
