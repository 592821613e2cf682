// What the content lists accept from the URL (never fails: anything odd falls back to the default)
// and what the publish / unpublish forms send (one item from its page, or a page's selection).
import { z } from "zod";
import { ActorKind, AllianceMode } from "@/generated/prisma/enums";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { pageNumberSchema, searchQuerySchema } from "@/lib/directory/directory.schemas";
import {
  CONTENT_BULK_MAX,
  CONTENT_DECISIONS,
  CONTENT_KINDS,
  CONTENT_SORTS,
  DIAGNOSTIC_STATUS_SLUGS,
  STATUS_SLUGS,
  UNPUBLISH_REASON_MAX_LENGTH,
  isDecisionAllowed,
  parseNeedOfferRef,
  unpublishReasonProblem,
  type ContentSort,
  type DiagnosticStatusSlug,
  type StatusSlug,
} from "./content-admin";

const m = adminContentCopy.messages;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(values: readonly T[]) =>
  z.preprocess(first, z.unknown()).transform((raw): T | null => values.find((value) => value === raw) ?? null);
const isoDate = z.preprocess(first, z.unknown()).transform((raw) => {
  if (typeof raw !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  return Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) ? null : raw;
});
const territoryParam = z.preprocess(first, z.unknown()).transform((raw) => (typeof raw === "string" && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null));

const listSchema = <K extends string, S extends string>(kinds: readonly K[], statuses: readonly S[]) =>
  z.object({
    q: searchQuerySchema,
    statut: oneOf(statuses),
    type: oneOf(kinds),
    territoire: territoryParam,
    du: isoDate,
    au: isoDate,
    tri: oneOf(CONTENT_SORTS),
    page: pageNumberSchema,
  });

export type ContentListParams<K extends string, S extends string = StatusSlug> = {
  q: string;
  statusSlug: S | null;
  kind: K | null;
  territoryId: number | null;
  /** YYYY-MM-DD, inclusive, publication dates in Paris days (completion dates for diagnostics). */
  publishedFrom: string | null;
  publishedTo: string | null;
  sort: ContentSort;
  page: number;
};

function parseList<K extends string, S extends string = StatusSlug>(
  kinds: readonly K[],
  raw: Record<string, string | string[] | undefined>,
  statuses: readonly S[] = Object.keys(STATUS_SLUGS) as S[],
): ContentListParams<K, S> {
  const params = listSchema(kinds, statuses).parse(raw);
  return {
    q: params.q,
    statusSlug: params.statut,
    kind: params.type,
    territoryId: params.territoire,
    publishedFrom: params.du,
    publishedTo: params.au,
    sort: params.tri ?? "recents",
    page: params.page,
  };
}

export const parseOrganisationListParams = (raw: Record<string, string | string[] | undefined>) => parseList(Object.values(ActorKind), raw);
export const parseAllianceListParams = (raw: Record<string, string | string[] | undefined>) => parseList(Object.values(AllianceMode), raw);

/** The type filter of the needs and offers list, by its French slug (?type=besoin). */
export const NEED_OFFER_TYPE_SLUGS = { besoin: "need", offre: "offer" } as const;
export type NeedOfferTypeSlug = keyof typeof NEED_OFFER_TYPE_SLUGS;
export const parseNeedOfferListParams = (raw: Record<string, string | string[] | undefined>) =>
  parseList(Object.keys(NEED_OFFER_TYPE_SLUGS) as NeedOfferTypeSlug[], raw);

/** The diagnostics list has no type filter; its statuses are « publiée » and « retirée par l'équipe ». */
export type DiagnosticListParams = ContentListParams<never, DiagnosticStatusSlug>;
export const parseDiagnosticListParams = (raw: Record<string, string | string[] | undefined>): DiagnosticListParams =>
  parseList<never, DiagnosticStatusSlug>([], raw, DIAGNOSTIC_STATUS_SLUGS);

/** The URL of a list with these parameters (pagination, reset): the inverse of parseList. */
export function listQuery<K extends string, S extends string>(params: ContentListParams<K, S>, page = params.page) {
  return {
    q: params.q,
    statut: params.statusSlug ?? undefined,
    type: params.kind ?? undefined,
    territoire: params.territoryId ?? undefined,
    du: params.publishedFrom ?? undefined,
    au: params.publishedTo ?? undefined,
    tri: params.sort === "recents" ? undefined : params.sort,
    page,
  };
}

/** Publish or unpublish one item (its page) or a selection (the list): `ids` is a repeated field. */
export const contentDecisionSchema = z
  .object({
    kind: z.enum(CONTENT_KINDS),
    decision: z.enum(CONTENT_DECISIONS),
    ids: z
      .array(z.string().trim().min(1).max(100))
      .min(1, adminContentCopy.bulk.noneSelected)
      .max(CONTENT_BULK_MAX, adminContentCopy.bulk.tooMany(CONTENT_BULK_MAX)),
    reason: z.string().trim().max(UNPUBLISH_REASON_MAX_LENGTH, m.reasonTooLong).optional(),
  })
  .superRefine((value, ctx) => {
    if (!isDecisionAllowed(value.kind, value.decision)) ctx.addIssue({ code: "custom", path: ["decision"], message: m.decisionNotAllowed });
    // The shared list of needs and offers sends typed references (see needOfferRef).
    if (value.kind === "needOffer" && value.ids.some((ref) => !parseNeedOfferRef(ref))) ctx.addIssue({ code: "custom", path: ["ids"], message: m.notFound });
    if (value.decision === "unpublish" && unpublishReasonProblem(value.reason) === "missing")
      ctx.addIssue({ code: "custom", path: ["reason"], message: m.reasonRequired });
  });
export type ContentDecisionInput = z.infer<typeof contentDecisionSchema>;
