import { describe, expect, it } from "vitest";
import {
  ConflictError,
  ForbiddenError,
  GENERIC_ERROR_MESSAGE,
  NotFoundError,
  RateLimitError,
  ValidationError,
  isExpectedError,
  toUserMessage,
} from "@/lib/errors";

function prismaError(code: string) {
  return Object.assign(new Error(`Invalid prisma call\n  → internal details`), { name: "PrismaClientKnownRequestError", code, clientVersion: "6.19.3" });
}

describe("toUserMessage", () => {
  it.each([
    [new NotFoundError(), "L'élément demandé est introuvable ou a été supprimé."],
    [new ForbiddenError(), "Vous n'avez pas les droits nécessaires pour effectuer cette action."],
    [new ConflictError(), "Cet élément a été modifié entre-temps. Rechargez la page et réessayez."],
    [new ValidationError({ email: ["Déjà utilisée."] }), "Le formulaire contient des erreurs. Corrigez les champs indiqués."],
    [new RateLimitError(42), "Trop de tentatives. Réessayez dans 42 secondes."],
    [new RateLimitError(1), "Trop de tentatives. Réessayez dans 1 seconde."],
    [new RateLimitError(0.2), "Trop de tentatives. Réessayez dans 1 seconde."],
    [new RateLimitError(119), "Trop de tentatives. Réessayez dans 119 secondes."],
    [new RateLimitError(120), "Trop de tentatives. Réessayez dans 2 minutes."],
    [new RateLimitError(899.5), "Trop de tentatives. Réessayez dans 15 minutes."],
    [prismaError("P2002"), "Cet élément existe déjà."],
    [prismaError("P2025"), "L'élément demandé est introuvable ou a été supprimé."],
  ])("%s", (error, expected) => {
    expect(toUserMessage(error)).toBe(expected);
    expect(isExpectedError(error)).toBe(true);
  });

  it("keeps a custom French message", () => {
    expect(toUserMessage(new ConflictError("Cette adresse e-mail est déjà utilisée."))).toBe("Cette adresse e-mail est déjà utilisée.");
    expect(toUserMessage(new NotFoundError("Organisation introuvable."))).toBe("Organisation introuvable.");
  });

  it.each([
    ["a plain error", new Error("connection refused at 10.0.0.3 with password hunter2")],
    ["another Prisma code", prismaError("P2003")],
    ["a code that is not Prisma's", Object.assign(new Error("boom"), { code: "ECONNREFUSED" })],
    ["a string", "oops"],
    ["null", null],
    ["undefined", undefined],
  ])("hides the details of %s behind the generic message", (_label, error) => {
    expect(toUserMessage(error)).toBe(GENERIC_ERROR_MESSAGE);
    expect(isExpectedError(error)).toBe(false);
  });

  it("carries the data callers need", () => {
    const validation = new ValidationError({ email: ["Déjà utilisée."] });
    expect(validation.fieldErrors).toEqual({ email: ["Déjà utilisée."] });
    expect(new RateLimitError(12.3).retryAfterSeconds).toBe(13);
    expect(new ForbiddenError()).toBeInstanceOf(Error);
    expect(new ForbiddenError().name).toBe("ForbiddenError");
  });
});
