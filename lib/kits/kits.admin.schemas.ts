// What the back-office kit pages accept from the URL. Never throws: anything odd falls back to
// the default, so a hand-edited URL still shows a page.
import { z } from "zod";
import { KitCategory, type KitStatus } from "@/generated/prisma/enums";
import { pageNumberSchema, searchQuerySchema } from "@/lib/directory/directory.schemas";
import type { FeedbackState } from "./kits.admin.queries";
import { KIT_DATE_FIELDS, KIT_SORTS, isSdg17Target, type AdminKitListParams } from "./kits.list";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(values: readonly T[]) =>
  z.preprocess(first, z.unknown()).transform((raw): T | null => values.find((value) => value === raw) ?? null);

/** Status slugs of the list filter, in French like every URL of the site. */
export const STATUS_SLUGS = { brouillon: "DRAFT", publie: "PUBLISHED", archive: "ARCHIVED" } as const satisfies Record<string, KitStatus>;
export type StatusSlug = keyof typeof STATUS_SLUGS;

const isoDate = z.preprocess(first, z.unknown()).transform((raw) => {
  if (typeof raw !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  return Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) ? null : raw;
});

const adminKitListSchema = z.object({
  q: searchQuerySchema,
  statut: oneOf(Object.keys(STATUS_SLUGS) as StatusSlug[]),
  // The family by its enum value in lower case (?famille=methode).
  famille: z.preprocess(first, z.unknown()).transform((raw) => Object.values(KitCategory).find((value) => value.toLowerCase() === raw) ?? null),
  cible: z.preprocess(first, z.unknown()).transform((raw) => (isSdg17Target(raw) ? raw : null)),
  brouillon: z.preprocess(first, z.unknown()).transform((raw) => raw === "1"),
  date: oneOf(KIT_DATE_FIELDS),
  du: isoDate,
  au: isoDate,
  tri: oneOf(KIT_SORTS),
  page: pageNumberSchema,
});

export function parseAdminKitListParams(raw: Record<string, string | string[] | undefined>): AdminKitListParams {
  const params = adminKitListSchema.parse(raw);
  return {
    q: params.q,
    statusSlug: params.statut,
    status: params.statut ? STATUS_SLUGS[params.statut] : null,
    category: params.famille,
    target: params.cible,
    pendingDraft: params.brouillon,
    dateField: params.date ?? "publication",
    from: params.du,
    to: params.au,
    sort: params.tri ?? "recents",
    page: params.page,
  };
}

const FEEDBACK_STATES = ["attente", "repondues", "toutes"] as const satisfies readonly FeedbackState[];
const FEEDBACK_KINDS = ["COMMENT", "SUGGESTION"] as const;
const idLike = z.preprocess(first, z.unknown()).transform((raw) => (typeof raw === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : null));

const feedbackListSchema = z.object({
  etat: oneOf(FEEDBACK_STATES).transform((value) => value ?? "attente"),
  type: z.preprocess(first, z.unknown()).transform((raw) => FEEDBACK_KINDS.find((kind) => typeof raw === "string" && kind.toLowerCase() === raw) ?? null),
  kit: idLike,
  page: pageNumberSchema,
});

export function parseFeedbackListParams(raw: Record<string, string | string[] | undefined>) {
  const params = feedbackListSchema.parse(raw);
  return { state: params.etat, kind: params.type, kitId: params.kit, page: params.page };
}

const versionNumber = z.preprocess(first, z.coerce.number().int().min(1).max(100_000).nullable().catch(null));

/** ?de=1&a=3 on the versions page: the two versions to compare, when both are given. */
export function parseCompareParams(raw: Record<string, string | string[] | undefined>): { from: number; to: number } | null {
  const from = versionNumber.parse(raw.de ?? null);
  const to = versionNumber.parse(raw.a ?? null);
  return from && to ? { from, to } : null;
}

/** The number in /admin/kits/<id>/versions/<number>; null when it cannot be one (404). */
export function parseVersionNumber(raw: string): number | null {
  return /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : null;
}
