// What the moderation page accepts: the decision form, and the URL (page number, and the outcome
// of the decision just taken, shown once after the redirect). The URL never fails.
import { z } from "zod";
import { adminLabels } from "@/lib/copy/admin";
import { pageNumberSchema } from "@/lib/territories/territories.schemas";
import {
  MODERATION_DECISIONS,
  MODERATION_KINDS,
  REJECTION_REASON_MAX_LENGTH,
  reasonProblem,
  type ModerationDecisionKind,
  type ModerationKind,
} from "./moderation";

const t = adminLabels.moderation;

export const moderationDecisionSchema = z
  .object({
    kind: z.enum(MODERATION_KINDS),
    id: z.string().trim().min(1).max(100),
    decision: z.enum(MODERATION_DECISIONS),
    reason: z.string().trim().max(REJECTION_REASON_MAX_LENGTH, t.reasonTooLong).optional(),
  })
  .superRefine((value, ctx) => {
    if (reasonProblem(value.decision, value.reason) === "missing") ctx.addIssue({ code: "custom", path: ["reason"], message: t.reasonRequired });
  });
export type ModerationDecision = z.infer<typeof moderationDecisionSchema>;

/** French words in the URL after a decision: /admin/moderation?fait=approuve&type=actor&id=… */
export const OUTCOME_SLUGS = { approve: "approuve", reject: "refuse" } as const satisfies Record<ModerationDecisionKind, string>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = z.preprocess(firstValue, z.string().max(100).optional().catch(undefined));

const searchParamsSchema = z.object({
  page: pageNumberSchema,
  fait: z.preprocess(firstValue, z.enum([OUTCOME_SLUGS.approve, OUTCOME_SLUGS.reject]).optional().catch(undefined)),
  type: z.preprocess(firstValue, z.enum(MODERATION_KINDS).optional().catch(undefined)),
  id: optionalText,
});

export type ModerationOutcomeRef = { decision: ModerationDecisionKind; kind: ModerationKind; id: string };
export type ModerationSearchParams = { page: number; outcome: ModerationOutcomeRef | null };

/** Parses the raw search parameters of /admin/moderation; never throws. */
export function parseModerationSearchParams(raw: Record<string, string | string[] | undefined>): ModerationSearchParams {
  const { page, fait, type, id } = searchParamsSchema.parse(raw);
  const outcome = fait && type && id ? { decision: fait === OUTCOME_SLUGS.approve ? ("approve" as const) : ("reject" as const), kind: type, id } : null;
  return { page, outcome };
}
