// The organisation profile form: zod schema and its parser. Territories and SDGs are repeated
// fields (read with getAll); the logo file takes its own path (checked from its bytes, see
// profile.ts). Ids are only shapes here: the mutation trusts them once it has read them.
import { z } from "zod";
import { ActorKind } from "@/generated/prisma/enums";
import { formDataToObject, fromZodError, type ActionState, type ParsedForm } from "@/lib/action-state";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { frenchErrorMap } from "@/lib/validation/french-errors";
import { isHttpsUrl, normalisePhone } from "./profile";

const m = organisationProfileCopy.messages;

export const PROFILE_NAME_MAX_LENGTH = 150;
export const PROFILE_DESCRIPTION_MAX_LENGTH = 2000;
export const MAX_PROFILE_TERRITORIES = 20;
export const SDG_NUMBERS = Array.from({ length: 17 }, (_, index) => index + 1);

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
const idField = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const organisationProfileSchema = z.object({
  id: idField,
  version: z.coerce.number().int().positive(),
  // Absent when the name is locked (verified organisation): the mutation then keeps it. Present
  // but blank is an error.
  name: z
    .string()
    .trim()
    .min(1, { error: m.nameRequired, abort: true })
    .min(2, m.nameTooShort)
    .max(PROFILE_NAME_MAX_LENGTH, m.nameTooLong)
    .optional(),
  kind: z.enum(ActorKind, { error: m.kindRequired }),
  // Plain text, shown with its line breaks kept; Windows line ends count as one character.
  description: z
    .string()
    .default("")
    .transform((value) => value.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().max(PROFILE_DESCRIPTION_MAX_LENGTH, m.descriptionTooLong)),
  website: z.preprocess(blankToNull, z.string().trim().max(500, m.websiteInvalid).refine(isHttpsUrl, m.websiteInvalid).nullable().default(null)),
  contactEmail: z.preprocess(blankToNull, z.string().trim().toLowerCase().max(254, m.emailInvalid).email(m.emailInvalid).nullable().default(null)),
  contactPhone: z.preprocess(
    blankToNull,
    z
      .string()
      .max(40, m.phoneInvalid)
      .transform((value, context) => {
        const phone = normalisePhone(value);
        if (phone === null) context.addIssue({ code: "custom", message: m.phoneInvalid });
        return phone ?? "";
      })
      .nullable()
      .default(null),
  ),
  // "commune-42218"-style parameters, as the territory suggestions give them.
  territories: z
    .array(z.string().trim().min(3).max(50))
    .min(1, m.territoriesRequired)
    .max(MAX_PROFILE_TERRITORIES, m.tooManyTerritories)
    .transform((list) => [...new Set(list)]),
  sdgs: z
    .array(z.coerce.number({ error: m.sdgInvalid }).int(m.sdgInvalid).min(1, m.sdgInvalid).max(17, m.sdgInvalid))
    .default([])
    .transform((list) => [...new Set(list)].sort((a, b) => a - b)),
  removeLogo: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
});
export type OrganisationProfileInput = z.infer<typeof organisationProfileSchema>;

export const profileSubmitSchema = z.object({ id: idField, version: z.coerce.number().int().positive() });
export type ProfileSubmit = z.infer<typeof profileSubmitSchema>;

const LIST_FIELDS = ["territories", "sdgs"] as const;

/**
 * The values a refused form gets back: the plain fields, plus the checked SDGs as one
 * comma-separated value (ActionState values hold one string per key).
 */
export function profileFormValues(formData: FormData): Record<string, string> {
  const values = formDataToObject(formData);
  values.sdgs = formData
    .getAll("sdgs")
    .filter((value): value is string => typeof value === "string")
    .join(",");
  delete values.territories;
  return values;
}

/** parseFormData for the profile form, whose territories and SDGs are repeated fields. */
export function parseProfileForm(formData: FormData): ParsedForm<OrganisationProfileInput> {
  const raw: Record<string, unknown> = formDataToObject(formData);
  for (const key of LIST_FIELDS) raw[key] = formData.getAll(key).filter((value): value is string => typeof value === "string" && value !== "");
  const result = organisationProfileSchema.safeParse(raw, { error: frenchErrorMap });
  if (result.success) return { success: true, data: result.data };
  const state: ActionState = fromZodError(result.error, formData);
  return { success: false, state: { ...state, fieldErrors: groupListErrors(state.fieldErrors ?? {}), values: profileFormValues(formData) } };
}

/** "sdgs.2" → "sdgs": the errors of one checkbox belong to the whole group. */
function groupListErrors(fieldErrors: Record<string, string[]>): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const [key, errors] of Object.entries(fieldErrors)) {
    const field = key.split(".")[0];
    const list = (grouped[field] ??= []);
    for (const error of errors) if (!list.includes(error)) list.push(error);
  }
  return grouped;
}
