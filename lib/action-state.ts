// The one result shape of every server action, read by forms through useActionState. Also
// imported by client components (the type and initialActionState): keep it free of server code.
import type { z } from "zod";
import { GENERIC_ERROR_MESSAGE, ValidationError, isExpectedError, toUserMessage } from "@/lib/errors";
import { frenchErrorMap } from "@/lib/validation/french-errors";

export type ActionState<V = Record<string, string>> = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed, so that a refused form keeps it (never passwords). */
  values?: V;
};

export const initialActionState: ActionState = { status: "idle" };

const FORM_ERROR_MESSAGE = "Le formulaire contient des erreurs. Corrigez les champs indiqués.";

// Keys that would reach Object.prototype if copied naively onto an object.
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Fields whose value is never sent back to the browser, whatever the outcome. */
export function isSecretField(name: string): boolean {
  return /passw(or)?d|mot_?de_?passe/i.test(name);
}

/**
 * FormData → plain object of strings. The last value of a repeated key wins (multi-valued fields
 * should be read with formData.getAll by the schema's caller); files are left out (uploads take
 * their own path); Next's `$ACTION_…` bookkeeping fields are dropped.
 */
export function formDataToObject(formData: FormData): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (FORBIDDEN_KEYS.has(key) || key.startsWith("$ACTION_") || typeof value !== "string") continue;
    result[key] = value;
  }
  return result;
}

/**
 * Repeated fields (a group of checkboxes, the chosen territories) that a form sends under one
 * name: read with getAll, and echoed as one comma-separated value (values hold one string per key).
 */
export type ListFields = readonly string[];

function echoedValues(formData: FormData, lists: ListFields = []): Record<string, string> {
  const values = formDataToObject(formData);
  for (const key of lists) {
    values[key] = formData
      .getAll(key)
      .filter((value): value is string => typeof value === "string")
      .join(",");
  }
  for (const key of Object.keys(values)) {
    if (isSecretField(key)) delete values[key];
  }
  return values;
}

/**
 * Every issue of a failed parse, grouped by field ("a.b" for nested paths), values echoed back.
 * The messages are those of the parse: use parseFormData, or pass `{ error: frenchErrorMap }` to
 * safeParse, so that zod's built-in checks speak French.
 */
export function fromZodError(error: z.ZodError, formData: FormData, lists: ListFields = []): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  const formMessages: string[] = [];
  for (const issue of error.issues) {
    if (issue.path.length === 0) {
      formMessages.push(issue.message);
      continue;
    }
    // The error of one item of a list ("sdgs.2") belongs to the whole group.
    const field = lists.includes(String(issue.path[0])) ? String(issue.path[0]) : issue.path.map(String).join(".");
    const list = (fieldErrors[field] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return {
    status: "error",
    message: formMessages.length > 0 ? formMessages.join(" ") : FORM_ERROR_MESSAGE,
    fieldErrors,
    values: echoedValues(formData, lists),
  };
}

export type ParsedForm<T> = { success: true; data: T } | { success: false; state: ActionState };

/** safeParse of a form with French messages for zod's built-in checks; `lists` arrive as arrays (empty items left out). */
export function parseFormData<S extends z.ZodType>(schema: S, formData: FormData, lists: ListFields = []): ParsedForm<z.output<S>> {
  const raw: Record<string, unknown> = formDataToObject(formData);
  for (const key of lists) raw[key] = formData.getAll(key).filter((value): value is string => typeof value === "string" && value !== "");
  const result = schema.safeParse(raw, { error: frenchErrorMap });
  return result.success ? { success: true, data: result.data } : { success: false, state: fromZodError(result.error, formData, lists) };
}

// redirect(), notFound() and friends work by throwing errors carrying a NEXT_… digest; an action's
// catch block must let them through instead of reporting them as failures.
function isNextControlFlow(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("digest" in error)) return false;
  const digest = (error as { digest: unknown }).digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_") || digest === "DYNAMIC_SERVER_USAGE");
}

/**
 * The state for an error caught in an action: expected errors become their French message (and
 * field errors), anything else the generic message. Rethrows Next's redirect/notFound signals.
 * Pure, for client and server: actions call lib/actions/error-state.ts, which also logs the bugs.
 */
export function stateOfError(error: unknown, formData?: FormData, lists: ListFields = []): ActionState {
  if (isNextControlFlow(error)) throw error;
  const values = formData ? echoedValues(formData, lists) : undefined;
  if (!isExpectedError(error)) return { status: "error", message: GENERIC_ERROR_MESSAGE, values };
  const fieldErrors = error instanceof ValidationError ? error.fieldErrors : undefined;
  return { status: "error", message: toUserMessage(error), fieldErrors, values };
}
