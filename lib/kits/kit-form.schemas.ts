// The back-office kit form: zod schema, and the reading of a FormData whose checkboxes repeat a
// name and whose links come as numbered rows. A refused form comes back with every field error
// (each link row's under its own fields) and every value typed, checkbox lists included.
import { z } from "zod";
import { ActorKind, AllianceMode, KitCategory, Theme } from "@/generated/prisma/enums";
import { formDataToObject, type ActionState } from "@/lib/action-state";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { ValidationError } from "@/lib/errors";
import { frenchErrorMap } from "@/lib/validation/french-errors";
import { KIT_TARGET_CODES, MAX_KIT_LINKS } from "./kits";

const t = kitsAdminLabels.form;

export const KIT_TITLE_MAX = 200;
export const KIT_SUMMARY_MAX = 500;
export const KIT_BODY_MAX = 100_000;
export const KIT_NOTE_MAX = 500;
export const LINK_LABEL_MAX = 150;
export const LINK_URL_MAX = 2000;

/** The multi-valued fields, sent as repeated checkboxes and echoed back joined by commas. */
export const KIT_LIST_FIELDS = ["audiences", "maturityLevels", "themes", "modes", "targets"] as const;

const unique = <T>(values: T[]) => [...new Set(values)];

export const kitInputSchema = z.object({
  title: z.string().trim().min(3, t.titleRequired).max(KIT_TITLE_MAX, t.titleTooLong),
  summary: z.string().trim().max(KIT_SUMMARY_MAX, t.summaryTooLong).default(""),
  category: z.enum(KitCategory, { error: t.categoryRequired }),
  audiences: z.array(z.enum(ActorKind, { error: t.invalidChoice })).transform(unique),
  maturityLevels: z.array(z.coerce.number({ error: t.invalidChoice }).int(t.invalidChoice).min(1, t.invalidChoice).max(4, t.invalidChoice)).transform(unique),
  themes: z.array(z.enum(Theme, { error: t.invalidChoice })).transform(unique),
  modes: z.array(z.enum(AllianceMode, { error: t.invalidChoice })).transform(unique),
  targets: z.array(z.enum(KIT_TARGET_CODES as [string, ...string[]], { error: t.invalidChoice })).transform(unique),
  // Line ends are normalised so that version diffs compare lines, not carriage returns.
  body: z
    .string()
    .max(KIT_BODY_MAX, t.bodyTooLong)
    .default("")
    .transform((value) => value.replace(/\r\n?/g, "\n")),
  links: z.array(z.object({ label: z.string(), url: z.string() })).max(MAX_KIT_LINKS),
});
export type KitInput = z.infer<typeof kitInputSchema>;

export const KIT_FORM_INTENTS = ["preview", "save", "publish"] as const;
export type KitFormIntent = (typeof KIT_FORM_INTENTS)[number];

/** What the kit's page says after a creation: /admin/kits/<id>?fait=cree (or publie). */
export const KIT_DONE = { created: "cree", published: "publie" } as const;
export type KitDone = keyof typeof KIT_DONE;

/** The ?fait= of the kit's page, read safely (anything else says nothing). */
export function parseKitDone(raw: unknown): KitDone | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === KIT_DONE.created ? "created" : value === KIT_DONE.published ? "published" : null;
}

export interface KitForm {
  input: KitInput;
  intent: KitFormIntent;
  note: string;
  /** The working copy's stamp when the form was opened (workingCopyStamp): a later save or publication by someone else is a conflict. */
  expectedStamp: string | null;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** The numbered link rows: empty rows are skipped, half-filled or malformed ones are errors. */
export function readLinkRows(values: Record<string, string>): { links: { label: string; url: string }[]; errors: Record<string, string[]> } {
  const links: { label: string; url: string }[] = [];
  const errors: Record<string, string[]> = {};
  for (let row = 0; row < MAX_KIT_LINKS; row++) {
    const label = (values[`linkLabel${row}`] ?? "").trim();
    const url = (values[`linkUrl${row}`] ?? "").trim();
    if (!label && !url) continue;
    if (!label) errors[`linkLabel${row}`] = [t.linkLabelRequired];
    else if (label.length > LINK_LABEL_MAX) errors[`linkLabel${row}`] = [t.linkLabelTooLong];
    if (!url) errors[`linkUrl${row}`] = [t.linkUrlRequired];
    else if (url.length > LINK_URL_MAX || !isHttpUrl(url)) errors[`linkUrl${row}`] = [t.linkUrlInvalid];
    links.push({ label, url });
  }
  return { links, errors };
}

function echoedValues(formData: FormData): Record<string, string> {
  const values = formDataToObject(formData);
  for (const field of KIT_LIST_FIELDS)
    values[field] = formData
      .getAll(field)
      .filter((v) => typeof v === "string")
      .join(",");
  delete values.intent;
  return values;
}

export type ReadKitForm = { success: true; form: KitForm } | { success: false; state: ActionState };

/** Parses the kit form; on failure, the state to send back (all errors, all values). */
export function readKitForm(formData: FormData): ReadKitForm {
  const values = formDataToObject(formData);
  const { links, errors: linkErrors } = readLinkRows(values);
  const raw = {
    ...values,
    ...Object.fromEntries(KIT_LIST_FIELDS.map((field) => [field, formData.getAll(field).filter((v) => typeof v === "string")])),
    links,
  };
  const parsed = kitInputSchema.safeParse(raw, { error: frenchErrorMap });
  const note = (values.note ?? "").trim();
  const noteErrors: Record<string, string[]> = note.length > KIT_NOTE_MAX ? { note: [t.noteTooLong] } : {};
  const fieldErrors: Record<string, string[]> = { ...linkErrors, ...noteErrors };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // A wrong checkbox value ("audiences.2") is reported on its whole group.
      const field = String(issue.path[0] ?? "");
      const list = (fieldErrors[field] ??= []);
      if (!list.includes(issue.message)) list.push(issue.message);
    }
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return { success: false, state: { status: "error", message: new ValidationError({}).message, fieldErrors, values: echoedValues(formData) } };
  }
  const intent = KIT_FORM_INTENTS.find((value) => value === values.intent) ?? "save";
  const stamp = (values.stamp ?? "").slice(0, 100);
  return { success: true, form: { input: parsed.data, intent, note, expectedStamp: stamp || null } };
}

/** The values to echo after a successful preview or save, so the form shows what was sent. */
export function kitFormValues(formData: FormData): Record<string, string> {
  return echoedValues(formData);
}
