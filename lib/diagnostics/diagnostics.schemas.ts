// What the diagnostic forms and URLs may send. Answers themselves are validated against the
// diagnostic's own template (answers.ts); these schemas cover everything around them.
import { z } from "zod";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { parseTerritoryParam, type TerritoryParam } from "@/lib/directory/directory";

const m = diagnosticsCopy.messages;

/** The key of the questionnaire every new diagnostic uses (its ACTIVE version). */
export const DIAGNOSTIC_TEMPLATE_KEY = "diagnostic-territorial";

export const COMMENT_MAX_LENGTH = 2000;

const idSchema = z.string().trim().min(1).max(64);

export const diagnosticStartSchema = z.object({
  actorId: z.string({ error: m.chooseOrganisation }).trim().min(1, m.chooseOrganisation).max(64, m.chooseOrganisation),
  territoryId: z.coerce.number({ error: m.chooseTerritory }).int(m.chooseTerritory).positive(m.chooseTerritory),
});
export type DiagnosticStart = z.output<typeof diagnosticStartSchema>;

/**
 * What "Lancer un diagnostic" sends. The no-JS radios send `territoryId`; the combobox sends the
 * chosen territory as `territoire` ("commune-42218") and the typed text as `territoireSaisi`. Text
 * typed without choosing a suggestion is refused with its own message (which territory of that
 * name was meant is not guessed). The territory fields never fail on their own, so that the
 * territory's error comes with the organisation's, in one answer.
 */
export const diagnosticStartFormSchema = z
  .object({
    actorId: diagnosticStartSchema.shape.actorId,
    territoryId: z.string().max(20).optional(),
    territoire: z.string().max(60).optional(),
    territoireSaisi: z.string().max(200).optional(),
  })
  .superRefine(
    (data, ctx) => {
      const territory = readStartTerritory(data);
      if (typeof territory === "string") ctx.addIssue({ code: "custom", path: ["territoryId"], message: territory });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  .transform((data) => ({ actorId: data.actorId, territory: readStartTerritory(data) as StartTerritory }));
export type DiagnosticStartForm = z.output<typeof diagnosticStartFormSchema>;

/** The territory of the start form: an id (radios), a reference to resolve (combobox), or why not. */
export type StartTerritory = { id: number } | { ref: TerritoryParam };

function readStartTerritory(data: { territoryId?: unknown; territoire?: unknown; territoireSaisi?: unknown }): StartTerritory | string {
  if (typeof data.territoryId === "string" && data.territoryId !== "") {
    const id = Number(data.territoryId);
    return Number.isSafeInteger(id) && id > 0 ? { id } : m.chooseTerritory;
  }
  if (typeof data.territoire === "string" && data.territoire !== "") {
    const ref = parseTerritoryRef(data.territoire);
    return ref ? { ref } : m.territoryNotFound;
  }
  const typed = typeof data.territoireSaisi === "string" ? data.territoireSaisi.trim() : "";
  return typed !== "" ? diagnosticsCopy.start.chooseFromList : m.chooseTerritory;
}

export const STEP_DIRECTIONS = ["previous", "next", "finish"] as const;
export type StepDirection = (typeof STEP_DIRECTIONS)[number];

/** The envelope of a questionnaire step; the answers of the step are read by form-answers.ts. */
export const stepEnvelopeSchema = z.object({
  id: idSchema,
  version: z.coerce.number().int().min(1),
  step: z.coerce.number().int().min(1),
  direction: z.enum(STEP_DIRECTIONS).catch("next"),
});
export type StepEnvelope = z.output<typeof stepEnvelopeSchema>;

export const ratingSchema = z.object({
  id: idSchema,
  rating: z.coerce.number({ error: m.chooseRating }).int(m.chooseRating).min(1, m.chooseRating).max(5, m.chooseRating),
  comment: z.string().trim().max(COMMENT_MAX_LENGTH, m.commentTooLong(COMMENT_MAX_LENGTH)).default(""),
  /** Given at completion, or weeks later when the team comes back (the follow-up prompt). */
  stage: z.enum(["COMPLETION", "FOLLOW_UP"]).catch("COMPLETION"),
});
export type DiagnosticRating = z.output<typeof ratingSchema>;

export const diagnosticIdSchema = z.object({ id: idSchema });

export const reopenSchema = z.object({ id: idSchema, version: z.coerce.number().int().min(1) });

/** "commune:42218" (as linked from the territory pages) or the directories' "commune-42218". */
export function parseTerritoryRef(value: unknown): TerritoryParam | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length > 60) return null;
  return parseTerritoryParam(raw.replace(":", "-"));
}

/** The step asked for in the URL (?etape=n), kept within the questionnaire. */
export function parseStep(value: unknown, stepCount: number): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const step = Number(raw);
  if (!Number.isInteger(step) || step < 1) return 1;
  return Math.min(step, stepCount);
}
