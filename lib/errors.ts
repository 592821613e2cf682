// Expected errors: thrown by queries, mutations and permission checks, turned into a French
// message by the action or page that catches them. Anything that is not one of these is a bug:
// the caller logs it with its stack and shows only the generic message.
// Pure and dependency-free: also imported by client components for the message mapping.

export const GENERIC_ERROR_MESSAGE = "Une erreur inattendue est survenue. Réessayez dans un instant.";

const messages = {
  notFound: "L'élément demandé est introuvable ou a été supprimé.",
  forbidden: "Vous n'avez pas les droits nécessaires pour effectuer cette action.",
  conflict: "Cet élément a été modifié entre-temps. Rechargez la page et réessayez.",
  alreadyExists: "Cet élément existe déjà.",
  validation: "Le formulaire contient des erreurs. Corrigez les champs indiqués.",
} as const;

export function rateLimitMessage(retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  if (seconds < 120) return `Trop de tentatives. Réessayez dans ${seconds} ${seconds === 1 ? "seconde" : "secondes"}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Trop de tentatives. Réessayez dans ${minutes} minutes.`;
}

/** Base of the expected errors: `message` is always French and safe to show to the user. */
export abstract class ExpectedError extends Error {
  abstract readonly kind: "not-found" | "forbidden" | "conflict" | "validation" | "rate-limit";
}

export class NotFoundError extends ExpectedError {
  readonly kind = "not-found";
  constructor(message: string = messages.notFound) {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends ExpectedError {
  readonly kind = "forbidden";
  constructor(message: string = messages.forbidden) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A unique value already taken, or a stale version in an optimistic-concurrency update. */
export class ConflictError extends ExpectedError {
  readonly kind = "conflict";
  constructor(message: string = messages.conflict) {
    super(message);
    this.name = "ConflictError";
  }
}

/** A rule only the server can check (e-mail already used, token expired…), tied to form fields. */
export class ValidationError extends ExpectedError {
  readonly kind = "validation";
  readonly fieldErrors: Record<string, string[]>;
  constructor(fieldErrors: Record<string, string[]>, message: string = messages.validation) {
    super(message);
    this.name = "ValidationError";
    this.fieldErrors = fieldErrors;
  }
}

export class RateLimitError extends ExpectedError {
  readonly kind = "rate-limit";
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(rateLimitMessage(retryAfterSeconds));
    this.name = "RateLimitError";
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

// Prisma's error classes live in the generated client, which must not reach client bundles:
// recognise its known request errors by their code instead of by `instanceof`.
function prismaCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

/** True for errors whose message may be shown as is; false means "log it, it is a bug". */
export function isExpectedError(error: unknown): boolean {
  if (error instanceof ExpectedError) return true;
  const code = prismaCode(error);
  return code === "P2002" || code === "P2025";
}

/** The French message to show for an error; never leaks the text of an unexpected one. */
export function toUserMessage(error: unknown): string {
  if (error instanceof ExpectedError) return error.message;
  switch (prismaCode(error)) {
    case "P2002":
      return messages.alreadyExists;
    case "P2025":
      return messages.notFound;
    default:
      return GENERIC_ERROR_MESSAGE;
  }
}
