import { describe, expect, it } from "vitest";
import { z } from "zod";
import { stateOfError, formDataToObject, fromZodError, initialActionState, isSecretField, parseFormData } from "@/lib/action-state";
import { ConflictError, ForbiddenError, GENERIC_ERROR_MESSAGE, ValidationError } from "@/lib/errors";
import { frenchErrorMap } from "@/lib/validation/french-errors";

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const signupSchema = z.object({
  name: z.string().trim().min(2),
  email: z.email(),
  password: z.string().min(12),
  age: z.coerce.number().int().min(18),
});

describe("formDataToObject", () => {
  it("keeps the last value of a repeated key", () => {
    expect(
      formDataToObject(
        form([
          ["a", "1"],
          ["a", "2"],
          ["b", "x"],
        ]),
      ),
    ).toEqual({ a: "2", b: "x" });
  });

  it("ignores prototype-polluting keys and Next's action fields", () => {
    const result = formDataToObject(
      form([
        ["__proto__", "polluted"],
        ["constructor", "c"],
        ["prototype", "p"],
        ["$ACTION_ID_abc", "1"],
        ["$ACTION_REF_1", ""],
        ["name", "Ana"],
      ]),
    );
    expect(result).toEqual({ name: "Ana" });
    expect(Object.keys(result)).toEqual(["name"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it("leaves files out", () => {
    expect(
      formDataToObject(
        form([
          ["logo", new Blob(["x"])],
          ["name", "Ana"],
        ]),
      ),
    ).toEqual({ name: "Ana" });
  });
});

describe("isSecretField", () => {
  it.each(["password", "newPassword", "currentPassword", "passwordConfirmation", "passwd", "motDePasse", "mot_de_passe"])("%s is secret", (name) => {
    expect(isSecretField(name)).toBe(true);
  });
  it.each(["email", "name", "token", "passage", "compass"])("%s is not secret", (name) => {
    expect(isSecretField(name)).toBe(false);
  });
});

describe("fromZodError / parseFormData", () => {
  it("returns every field error in French, and echoes the values except passwords", () => {
    const data = form([
      ["name", "A"],
      ["email", "pas-une-adresse"],
      ["password", "court"],
      ["age", "12"],
      ["$ACTION_ID_1", ""],
    ]);
    const parsed = parseFormData(signupSchema, data);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.state).toEqual({
      status: "error",
      message: "Le formulaire contient des erreurs. Corrigez les champs indiqués.",
      fieldErrors: {
        name: ["Saisissez au moins 2 caractères."],
        email: ["Saisissez une adresse e-mail valide, par exemple nom@exemple.fr."],
        password: ["Saisissez au moins 12 caractères."],
        age: ["La valeur doit être supérieure ou égale à 18."],
      },
      values: { name: "A", email: "pas-une-adresse", age: "12" },
    });
  });

  it("says a missing field is required", () => {
    const parsed = parseFormData(signupSchema, form([]));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.state.fieldErrors).toEqual({
      name: ["Ce champ est obligatoire."],
      email: ["Ce champ est obligatoire."],
      password: ["Ce champ est obligatoire."],
      age: ["Saisissez un nombre."],
    });
  });

  it("keeps messages written on the schema", () => {
    const schema = z.object({ email: z.email("Adresse refusée.") });
    const parsed = parseFormData(schema, form([["email", "x"]]));
    expect(parsed.success ? null : parsed.state.fieldErrors).toEqual({ email: ["Adresse refusée."] });
  });

  it("returns the parsed data on success", () => {
    const parsed = parseFormData(
      signupSchema,
      form([
        ["name", " Ana "],
        ["email", "ana@exemple.fr"],
        ["password", "x".repeat(12)],
        ["age", "30"],
      ]),
    );
    expect(parsed).toEqual({ success: true, data: { name: "Ana", email: "ana@exemple.fr", password: "x".repeat(12), age: 30 } });
  });

  it("puts form-level issues in the message and nested paths under dotted keys", () => {
    const schema = z
      .object({ password: z.string(), confirmation: z.string(), address: z.object({ city: z.string().min(1) }) })
      .refine((v) => v.password === v.confirmation, { message: "Les deux mots de passe diffèrent." });
    const result = schema.safeParse({ password: "a", confirmation: "b", address: { city: "" } }, { error: frenchErrorMap });
    expect(result.success).toBe(false);
    if (result.success) return;
    const state = fromZodError(
      result.error,
      form([
        ["password", "a"],
        ["confirmation", "b"],
      ]),
    );
    expect(state.fieldErrors).toEqual({ "address.city": ["Ce champ est obligatoire."] });
    expect(state.values).toEqual({ confirmation: "b" });
    const withRoot = fromZodError(new z.ZodError([{ code: "custom", path: [], message: "Les deux mots de passe diffèrent.", input: undefined }]), form([]));
    expect(withRoot.message).toBe("Les deux mots de passe diffèrent.");
  });
});

describe("stateOfError", () => {
  it("maps expected errors to their message and field errors", () => {
    expect(stateOfError(new ForbiddenError())).toEqual({ status: "error", message: "Vous n'avez pas les droits nécessaires pour effectuer cette action." });
    const state = stateOfError(
      new ValidationError({ email: ["Cette adresse est déjà utilisée."] }),
      form([
        ["email", "a@b.fr"],
        ["password", "secret"],
      ]),
    );
    expect(state.fieldErrors).toEqual({ email: ["Cette adresse est déjà utilisée."] });
    expect(state.values).toEqual({ email: "a@b.fr" });
    expect(stateOfError(new ConflictError("Déjà pris.")).message).toBe("Déjà pris.");
  });

  it("shows only the generic message for unexpected errors", () => {
    const bug = new Error("SELECT * FROM secrets failed");
    expect(stateOfError(bug)).toEqual({ status: "error", message: GENERIC_ERROR_MESSAGE });
  });

  it("lets Next's redirect and notFound signals through", () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/espace;307;" });
    const notFound = Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;404"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    expect(() => stateOfError(redirect)).toThrow(redirect);
    expect(() => stateOfError(notFound)).toThrow(notFound);
  });

  it("starts idle", () => {
    expect(initialActionState).toEqual({ status: "idle" });
  });
});
