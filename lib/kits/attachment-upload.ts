// The outcome of a kit attachment upload, shared by the route handler that receives the file
// (attachments.upload.ts), the form that sends it and the kit page it comes back to. A form sent
// by JavaScript gets the ActionState itself as JSON; a plain form post (no JavaScript) is
// redirected back to the kit with a short code in the address, turned here into the same state.
// Only known codes become messages: a forged address shows nothing, and never text of its own.
// Pure and client-safe.
import type { ActionState } from "@/lib/action-state";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { ForbiddenError, GENERIC_ERROR_MESSAGE, NotFoundError } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES } from "./file-type";

const t = kitsAdminLabels.attachments;

/**
 * The most an upload request may carry: the largest file, and room for the multipart envelope
 * (boundaries, the part's headers and file name). Reading stops there.
 */
export const MAX_UPLOAD_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;

/** Problems of the file itself: shown under the file field. */
const FIELD_ERRORS = {
  "fichier-requis": t.required,
  "trop-lourd": t.tooLarge,
  "type-refuse": t.refusedType,
} as const;

/** Problems of the request: shown above the form. */
const FORM_ERRORS = {
  introuvable: new NotFoundError().message,
  interdit: new ForbiddenError().message,
  "non-recu": t.unreadable,
  // The exact wait is in the JSON answer; the address only says that there is one.
  "trop-de-modifications": t.tooManyChanges,
  erreur: GENERIC_ERROR_MESSAGE,
} as const;

export const ADDED = "joint";

export type UploadOutcome = typeof ADDED | keyof typeof FIELD_ERRORS | keyof typeof FORM_ERRORS;

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

/** The state a form shows for an error outcome (a field error for the file's own problems). */
export function errorStateFor(outcome: Exclude<UploadOutcome, typeof ADDED>): ActionState {
  if (has(FIELD_ERRORS, outcome)) return { status: "error", message: FIELD_ERRORS[outcome], fieldErrors: { file: [FIELD_ERRORS[outcome]] } };
  return { status: "error", message: FORM_ERRORS[outcome] };
}

/** The code of an error state made by errorStateFor, or of an expected error's state; "erreur" otherwise. */
export function outcomeOfError(state: ActionState): Exclude<UploadOutcome, typeof ADDED> {
  const fileError = state.fieldErrors?.file?.[0];
  for (const [code, message] of Object.entries(FIELD_ERRORS)) if (message === fileError && has(FIELD_ERRORS, code)) return code;
  for (const [code, message] of Object.entries(FORM_ERRORS)) if (message === state.message && has(FORM_ERRORS, code)) return code;
  return "erreur";
}

/**
 * The state to show when the kit page is opened with `?document=<code>` (after a plain form
 * post). A success names the file, found among the kit's own attachments by `piece`.
 */
export function stateFromAddress(
  code: string | undefined,
  attachmentId: string | undefined,
  attachments: { id: string; fileName: string }[],
): ActionState | null {
  if (!code) return null;
  if (code === ADDED) {
    const added = attachments.find((attachment) => attachment.id === attachmentId);
    return added ? { status: "success", message: t.added(added.fileName) } : null;
  }
  return has(FIELD_ERRORS, code) || has(FORM_ERRORS, code) ? errorStateFor(code) : null;
}
