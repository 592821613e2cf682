// Forms of needs and offers. Ids that arrive from a form (actorId, id, territoryId) are only
// shapes here: they are trusted once the mutation has read them from the database.
import { z } from "zod";
import { AllianceMode, MecenatKind, Theme } from "@/generated/prisma/enums";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { NEED_OFFER_KINDS } from "./needs-offers";

const m = needsOffersCopy.messages;

export const TITLE_MAX_LENGTH = 150;
export const DESCRIPTION_MAX_LENGTH = 2000;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const idField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

const fields = {
  kind: z.enum(NEED_OFFER_KINDS),
  title: z
    .string({ error: m.titleRequired })
    .trim()
    .min(1, { error: m.titleRequired, abort: true })
    .min(3, m.titleTooShort)
    .max(TITLE_MAX_LENGTH, m.titleTooLong),
  description: z.string({ error: m.descriptionRequired }).trim().min(1, m.descriptionRequired).max(DESCRIPTION_MAX_LENGTH, m.descriptionTooLong),
  mode: z.enum(AllianceMode, { error: m.modeRequired }),
  mecenatKind: z.preprocess(blankToUndefined, z.enum(MecenatKind, { error: m.mecenatKindRequired }).optional()),
  theme: z.enum(Theme, { error: m.themeRequired }),
  sdgTargetCode: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^17\.\d{1,2}$/, m.targetInvalid)
      .optional(),
  ),
  territoryId: z.coerce.number({ error: m.territoryRequired }).int(m.territoryRequired).positive(m.territoryRequired).max(2_147_483_647, m.territoryRequired),
  // A plain date: stored at UTC midnight, as the @db.Date column reads it back.
  validUntil: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, m.dateInvalid)
      .transform((value) => new Date(`${value}T00:00:00Z`))
      .refine((date) => !Number.isNaN(date.getTime()), m.dateInvalid)
      .optional(),
  ),
};

/** Mécénat needs its kind; other modes carry none (a stale value from the form is dropped). */
function withMecenatRule<T extends { mode: AllianceMode; mecenatKind?: MecenatKind }>(value: T, context: z.RefinementCtx) {
  if (value.mode === "MECENAT" && !value.mecenatKind) context.addIssue({ code: "custom", path: ["mecenatKind"], message: m.mecenatKindRequired });
}
const dropMecenatKind = <T extends { mode: AllianceMode; mecenatKind?: MecenatKind }>(value: T): T =>
  value.mode === "MECENAT" ? value : { ...value, mecenatKind: undefined };

export const needOfferCreateSchema = z
  .object({ ...fields, actorId: z.string({ error: m.organisationRequired }).trim().min(1, m.organisationRequired).pipe(idField) })
  .superRefine(withMecenatRule)
  .transform(dropMecenatKind);
export type NeedOfferCreate = z.infer<typeof needOfferCreateSchema>;

export const needOfferUpdateSchema = z
  .object({ ...fields, id: idField })
  .superRefine(withMecenatRule)
  .transform(dropMecenatKind);
export type NeedOfferUpdate = z.infer<typeof needOfferUpdateSchema>;

export const needOfferCloseSchema = z.object({ kind: fields.kind, id: idField });
export type NeedOfferClose = z.infer<typeof needOfferCloseSchema>;
