// The organisation profile form: zod schema and its parser. Territories and SDGs are repeated
// fields (read with getAll, echoed joined by commas); the logo file takes its own path (checked from its bytes, see
// profile.ts). Ids are only shapes here: the mutation trusts them once it has read them.
import { z } from "zod";
import { ActorKind } from "@/generated/prisma/enums";
import { parseFormData, type ParsedForm } from "@/lib/action-state";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { isHttpsUrl, normalisePhone } from "./profile";

const m = organisationProfileCopy.messages;

export const PROFILE_NAME_MAX_LENGTH = 150;
export const PROFILE_DESCRIPTION_MAX_LENGTH = 2000;
export const MAX_PROFILE_TERRITORIES = 20;
export const SDG_NUMBERS = Array.from({ length: 17 }, (_, index) => index + 1);

/**
 * The territories of action, from the territory picker: "commune-42218"-style parameters, as the
 * suggestions give them (resolved, and unknown ones refused, by the mutation). At least one, as
 * the directories and the matching need it: asked at creation already.
 */
export const territoriesField = z
  .array(z.string().trim().min(3, m.territoryInvalid).max(50, m.territoryInvalid), { error: m.territoriesRequired })
  .min(1, m.territoriesRequired)
  .max(MAX_PROFILE_TERRITORIES, m.tooManyTerritories)
  .transform((list) => [...new Set(list)]);

/** Repeated fields of the profile form, read with getAll (see lib/action-state.ts). */
export const PROFILE_LIST_FIELDS = ["territories", "sdgs"] as const;

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
const idField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const organisationProfileSchema = z.object({
  id: idField,
  version: z.coerce.number().int().positive(),
  // Absent when the name is locked (verified organisation): the mutation then keeps it. Present
  // but blank is an error.
  name: z.string().trim().min(1, { error: m.nameRequired, abort: true }).min(2, m.nameTooShort).max(PROFILE_NAME_MAX_LENGTH, m.nameTooLong).optional(),
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
  territories: territoriesField,
  sdgs: z
    .array(z.coerce.number({ error: m.sdgInvalid }).int(m.sdgInvalid).min(1, m.sdgInvalid).max(17, m.sdgInvalid))
    .default([])
    .transform((list) => [...new Set(list)].sort((a, b) => a - b)),
  removeLogo: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
});
export type OrganisationProfileInput = z.infer<typeof organisationProfileSchema>;

export const profileSubmitSchema = z.object({ id: idField, version: z.coerce.number().int().positive() });
export type ProfileSubmit = z.infer<typeof profileSubmitSchema>;

/** parseFormData for the profile form, whose territories and SDGs are repeated fields. */
export function parseProfileForm(formData: FormData): ParsedForm<OrganisationProfileInput> {
  return parseFormData(organisationProfileSchema, formData, PROFILE_LIST_FIELDS);
}
