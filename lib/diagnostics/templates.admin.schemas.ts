// What the questionnaire editor sends, and the pure check of a draft: the title field plus the
// JSON body (the template without key, version and title, which the version itself fixes). Every
// problem comes back with its path in the JSON and, where the text allows, its line, so the editor
// can show it beside the faulty line. Pure: unit-tested, and used by the mutation, which is the
// only writer.
import { z } from "zod";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { formatJsonPath, lineOfPath, scanJson, type JsonPath } from "./json-path-lines";
import { parseDiagnosticTemplate, type DiagnosticTemplate } from "./template.schema";

const v = adminQuestionnairesCopy.validation;

export const TITLE_MAX_LENGTH = 200;
export const BODY_MAX_LENGTH = 500_000;

/** The fields of the template the version fixes: never part of the edited JSON. */
const FIXED_FIELDS = ["key", "version", "title"] as const;

export const templateIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const templateIdFormSchema = z.object({ templateId: templateIdSchema });

export const templateEditFormSchema = z.object({
  templateId: templateIdSchema,
  revision: z.string().trim().max(128).default(""),
  title: z.string().default(""),
  body: z.string().default(""),
});
export type TemplateEditForm = z.output<typeof templateEditFormSchema>;

/**
 * One problem of the draft. `line` is where the path (or its nearest ancestor, `exact` false) is
 * in the typed JSON; a syntax error has a line and column and no path.
 */
export type EditorError = {
  field: "title" | "body";
  path: string | null;
  /** The path as keys and indexes, for the form editor's field names; null without a path. */
  segments: (string | number)[] | null;
  line: number | null;
  column: number | null;
  exact: boolean;
  message: string;
};

export type DraftCheck = { ok: true; title: string; content: DiagnosticTemplate } | { ok: false; errors: EditorError[] };

/** The JSON body the editor shows for a stored content: the template less its fixed fields. */
export function editorBody(content: unknown): string {
  if (typeof content !== "object" || content === null || Array.isArray(content)) return JSON.stringify(content ?? {}, null, 2);
  const body = Object.fromEntries(Object.entries(content).filter(([key]) => !(FIXED_FIELDS as readonly string[]).includes(key)));
  return JSON.stringify(body, null, 2);
}

function checkTitle(raw: string): { title: string; errors: EditorError[] } {
  const title = raw.trim();
  const message = title.length === 0 ? v.titleRequired : title.length > TITLE_MAX_LENGTH ? v.titleTooLong(TITLE_MAX_LENGTH) : null;
  return { title, errors: message ? [{ field: "title", path: null, segments: null, line: null, column: null, exact: true, message }] : [] };
}

function bodyError(message: string, path: JsonPath | null, at: { line: number; exact: boolean } | null, column: number | null = null): EditorError {
  return {
    field: "body",
    path: path === null ? null : formatJsonPath(path),
    segments: path === null ? null : [...path],
    line: at?.line ?? null,
    column,
    exact: at?.exact ?? false,
    message,
  };
}

/**
 * Title and body → the full template for this key and version, or every problem found. The
 * template's own checks (parseDiagnosticTemplate) only run once the JSON is syntactically valid;
 * their errors are sorted by line so that the list reads like the text.
 */
export function checkTemplateDraft(input: { title: string; body: string }, fixed: { key: string; version: number }): DraftCheck {
  const titled = checkTitle(input.title);
  if (input.body.length > BODY_MAX_LENGTH) return { ok: false, errors: [...titled.errors, bodyError(v.contentTooLong(BODY_MAX_LENGTH), null, null)] };
  const scan = scanJson(input.body);
  if (!scan.ok) {
    return { ok: false, errors: [...titled.errors, bodyError(scan.error.message, null, { line: scan.error.line, exact: true }, scan.error.column)] };
  }
  if (typeof scan.value !== "object" || scan.value === null || Array.isArray(scan.value)) {
    return { ok: false, errors: [...titled.errors, bodyError(v.notAnObject, [], lineOfPath(scan.positions, []))] };
  }
  const body = scan.value as Record<string, unknown>;
  const errors: EditorError[] = [];
  for (const field of FIXED_FIELDS) {
    if (Object.hasOwn(body, field))
      errors.push(bodyError(field === "title" ? v.titleInContent : v.fixedField(field), [field], lineOfPath(scan.positions, [field])));
  }
  const rest = Object.fromEntries(Object.entries(body).filter(([key]) => !(FIXED_FIELDS as readonly string[]).includes(key)));
  const parsed = parseDiagnosticTemplate({ ...rest, key: fixed.key, version: fixed.version, title: titled.title });
  if (parsed.success && errors.length === 0 && titled.errors.length === 0) return { ok: true, title: titled.title, content: parsed.data };
  if (!parsed.success) {
    for (const error of parsed.errors) {
      // The title's problems are the title field's (it is not in the JSON); those of the fixed
      // key and version cannot come from the user.
      if (error.path[0] === "title") {
        if (titled.errors.length === 0)
          titled.errors.push({ field: "title", path: null, segments: null, line: null, column: null, exact: true, message: error.message });
        continue;
      }
      errors.push(bodyError(error.message, error.path, lineOfPath(scan.positions, error.path)));
    }
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, errors: [...titled.errors, ...errors] };
}

/** "sections[2].questions[0].options : Proposez au moins deux réponses." — the root has no path. */
export function describeEditorError(error: EditorError): string {
  return error.path ? `${error.path} : ${error.message}` : error.message;
}
