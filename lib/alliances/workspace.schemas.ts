// Forms of the alliances workspace. Ids from a form are only shapes here: the mutations trust
// them once they have read them (and the caller's standing) from the database.
import { z } from "zod";
import { AllianceMode, AllianceStage, MecenatKind } from "@/generated/prisma/enums";
import { SDG17_TARGET_CODES } from "@/lib/alliances/alliances.schemas";
import { SCORE_DIMENSIONS, SCORE_MAX, SCORE_MIN } from "@/lib/alliances/scorecard";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";

const m = alliancesWorkspaceCopy.messages;

export const MAX_TERRITORIES = 20;
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const idField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const versionField = z.coerce.number().int().positive();

const dateField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, m.dateInvalid)
    // A plain date: stored at UTC midnight, as the @db.Date column reads it back.
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((date) => !Number.isNaN(date.getTime()), m.dateInvalid)
    .optional(),
);

const fields = {
  title: z.string({ error: m.titleRequired }).trim().min(1, { error: m.titleRequired, abort: true }).min(3, m.titleTooShort).max(150, m.titleTooLong),
  summary: z.string().trim().max(300, m.summaryTooLong).default(""),
  description: z.string().trim().max(5000, m.descriptionTooLong).default(""),
  mode: z.enum(AllianceMode, { error: m.modeRequired }),
  mecenatKind: z.preprocess(blankToUndefined, z.enum(MecenatKind, { error: m.mecenatKindRequired }).optional()),
  startDate: dateField,
  endDate: dateField,
  // "commune:42218"-style parameters, as the territory suggestions give them.
  territories: z.array(z.string().trim().min(3).max(40)).max(MAX_TERRITORIES, m.tooManyTerritories).default([]),
  targets: z.array(z.enum(SDG17_TARGET_CODES as [string, ...string[]], { error: m.targetInvalid })).default([]),
};

type Shaped = { mode: AllianceMode; mecenatKind?: MecenatKind; startDate?: Date; endDate?: Date };

function checkRules(value: Shaped, context: z.RefinementCtx) {
  if (value.mode === "MECENAT" && !value.mecenatKind) context.addIssue({ code: "custom", path: ["mecenatKind"], message: m.mecenatKindRequired });
  if (value.startDate && value.endDate && value.endDate < value.startDate) context.addIssue({ code: "custom", path: ["endDate"], message: m.endBeforeStart });
}
// Only mécénat has a kind: a value left in the form after switching modes is dropped.
const dropStaleKind = <T extends Shaped>(value: T): T => (value.mode === "MECENAT" ? value : { ...value, mecenatKind: undefined });

export const allianceCreateSchema = z
  .object({ ...fields, actorId: z.string({ error: m.organisationRequired }).trim().min(1, m.organisationRequired).pipe(idField) })
  .superRefine(checkRules)
  .transform(dropStaleKind);
export type AllianceCreate = z.infer<typeof allianceCreateSchema>;

export const allianceUpdateSchema = z
  .object({ ...fields, id: idField, version: versionField })
  .superRefine(checkRules)
  .transform(dropStaleKind);
export type AllianceUpdate = z.infer<typeof allianceUpdateSchema>;

export const allianceStageSchema = z.object({
  id: idField,
  version: versionField,
  toStage: z.enum(AllianceStage, { error: m.stageRequired }),
  comment: z.string({ error: m.commentRequired }).trim().min(1, m.commentRequired).max(1000, m.commentTooLong),
});
export type AllianceStageChange = z.infer<typeof allianceStageSchema>;

export const allianceResultsSchema = z.object({ id: idField, version: versionField, results: z.string().trim().max(5000, m.resultsTooLong).default("") });
export type AllianceResults = z.infer<typeof allianceResultsSchema>;

export const allianceSubmitSchema = z.object({ id: idField, version: versionField });
export type AllianceSubmit = z.infer<typeof allianceSubmitSchema>;

export const partnerInviteSchema = z.object({
  id: idField,
  inviteeId: z.string({ error: m.inviteeRequired }).trim().min(1, m.inviteeRequired).pipe(idField),
  roleLabel: z.preprocess(blankToUndefined, z.string().trim().max(150, m.roleLabelTooLong).optional()),
});
export type PartnerInvite = z.infer<typeof partnerInviteSchema>;

/** The invited organisation (actorId) answers for itself. */
export const partnerResponseSchema = z.object({ id: idField, actorId: idField, decision: z.enum(["confirm", "decline"]) });
export type PartnerResponse = z.infer<typeof partnerResponseSchema>;

const scoreField = z.coerce.number({ error: m.scoreRequired }).int(m.scoreRequired).min(SCORE_MIN, m.scoreRequired).max(SCORE_MAX, m.scoreRequired);
export const allianceRatingSchema = z.object({
  id: idField,
  actorId: idField,
  ...(Object.fromEntries(SCORE_DIMENSIONS.map((dimension) => [dimension, scoreField])) as Record<(typeof SCORE_DIMENSIONS)[number], typeof scoreField>),
  comment: z.string().trim().max(1000, m.commentTooLong).default(""),
});
export type AllianceRating = z.infer<typeof allianceRatingSchema>;

/** The alliance forms' repeated fields (formAction's `lists`). */
export const ALLIANCE_LIST_FIELDS = ["territories", "targets"] as const;
