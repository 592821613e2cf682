// What the moderation page accepts: the decision forms (one item, several items), a claim, a saved
// reason, and the URL (filters, page number). The URL never fails.
import { z } from "zod";
import { adminLabels } from "@/lib/copy/admin";
import { parseTerritoryParam, toTerritoryParam, type TerritoryParam } from "@/lib/directory/directory";
import { pageNumberSchema } from "@/lib/territories/territories.schemas";
import {
  BULK_DECISION_MAX,
  MODERATION_DECISIONS,
  MODERATION_KINDS,
  REJECTION_REASON_MAX_LENGTH,
  isModerationKind,
  reasonProblem,
  type ModerationKind,
} from "./moderation";

const t = adminLabels.moderation;

const reasonFields = {
  decision: z.enum(MODERATION_DECISIONS),
  reason: z.string().trim().max(REJECTION_REASON_MAX_LENGTH, t.reasonTooLong).optional(),
  /** A saved reason chosen in the list; the text typed, if any, wins. */
  savedReasonId: z.string().trim().max(100).optional(),
};

/** A refusal needs a reason typed or chosen among the saved ones. */
function requireReason(value: { decision: string; reason?: string; savedReasonId?: string }, ctx: z.RefinementCtx) {
  if (value.savedReasonId && !value.reason) return;
  if (reasonProblem(value.decision as "approve" | "reject", value.reason) === "missing")
    ctx.addIssue({ code: "custom", path: ["reason"], message: t.reasonRequired });
}

export const moderationDecisionSchema = z
  .object({ kind: z.enum(MODERATION_KINDS), id: z.string().trim().min(1).max(100), ...reasonFields })
  .superRefine(requireReason);
export type ModerationDecision = z.infer<typeof moderationDecisionSchema>;

/** "need:cmx…" as the queue's checkboxes send it. */
const itemRef = z.string().transform((value, ctx) => {
  const separator = value.indexOf(":");
  const kind = value.slice(0, separator);
  const id = value.slice(separator + 1);
  if (separator < 0 || !isModerationKind(kind) || id.length === 0 || id.length > 100) {
    ctx.addIssue({ code: "custom", message: t.bulkNoneChosen });
    return z.NEVER;
  }
  return { kind, id };
});

export const bulkDecisionSchema = z
  .object({
    items: z.array(itemRef).min(1, t.bulkNoneChosen).max(BULK_DECISION_MAX, t.bulkTooMany(BULK_DECISION_MAX)),
    ...reasonFields,
  })
  .superRefine(requireReason);

export const claimSchema = z.object({
  kind: z.enum(MODERATION_KINDS),
  id: z.string().trim().min(1).max(100),
  claim: z.enum(["take", "release"]),
});

export const savedReasonSchema = z.object({
  label: z.string().trim().min(3, t.savedReasons.labelRequired).max(80, t.savedReasons.labelTooLong),
  text: z.string().trim().min(5, t.reasonRequired).max(REJECTION_REASON_MAX_LENGTH, t.reasonTooLong),
});

export const savedReasonRefSchema = z.object({ id: z.string().trim().min(1).max(100) });

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const CLAIM_FILTERS = { moi: "mine", libre: "free" } as const;

const searchParamsSchema = z.object({
  page: pageNumberSchema,
  type: z.preprocess(firstValue, z.enum(MODERATION_KINDS).optional().catch(undefined)),
  territoire: z.preprocess(firstValue, z.string().max(60).optional().catch(undefined)),
  prise: z.preprocess(firstValue, z.enum(["moi", "libre"]).optional().catch(undefined)),
});

export type ModerationSearchParams = {
  page: number;
  kind?: ModerationKind;
  /** Only a région or a département narrows the queue. */
  territory: TerritoryParam | null;
  claim?: "mine" | "free";
};

/** Parses the raw search parameters of /admin/moderation; never throws. */
export function parseModerationSearchParams(raw: Record<string, string | string[] | undefined>): ModerationSearchParams {
  const { page, type, territoire, prise } = searchParamsSchema.parse(raw);
  const territory = territoire ? parseTerritoryParam(territoire) : null;
  const usable = territory && (territory.kind === "REGION" || territory.kind === "DEPARTEMENT") ? territory : null;
  return { page, kind: type, territory: usable, claim: prise ? CLAIM_FILTERS[prise] : undefined };
}

/** The filters as URL parameters (the filter form, the pagination and the redirects share them). */
export function moderationQuery(params: Omit<ModerationSearchParams, "page">): Record<string, string | undefined> {
  const prise = params.claim === "mine" ? "moi" : params.claim === "free" ? "libre" : undefined;
  return { type: params.kind, territoire: params.territory ? toTerritoryParam(params.territory) : undefined, prise };
}
