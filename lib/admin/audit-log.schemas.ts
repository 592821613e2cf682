// The audit-log filters from the URL (/admin/journal?qui=…&action=…&element=…&id=…&du=…&au=…):
// never fails, anything odd means "no filter". Used by the page and by the CSV export.
import { z } from "zod";
import { pageNumberSchema } from "@/lib/territories/territories.schemas";
import { isCalendarDay, type AuditFilters } from "./audit-log";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const text = (max: number) =>
  z.preprocess(
    firstValue,
    z
      .string()
      .trim()
      .max(max)
      .optional()
      .catch(undefined)
      .transform((value) => value || undefined),
  );

// Action codes and entity names: dotted identifiers only; the list they must belong to is checked
// by the query (an unknown one simply matches nothing).
const code = z.preprocess(
  firstValue,
  z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9.]{0,63}$/)
    .optional()
    .catch(undefined),
);

const day = z.preprocess(firstValue, z.string().trim().refine(isCalendarDay).optional().catch(undefined));

const auditSearchParamsSchema = z.object({
  qui: text(254),
  action: code,
  element: code,
  id: text(100),
  du: day,
  au: day,
  page: pageNumberSchema,
});

export type AuditSearchParams = { filters: AuditFilters; page: number };

export function parseAuditSearchParams(raw: Record<string, string | string[] | undefined>): AuditSearchParams {
  const parsed = auditSearchParamsSchema.parse(raw);
  return {
    filters: { who: parsed.qui, action: parsed.action, entity: parsed.element, entityId: parsed.id, from: parsed.du, to: parsed.au },
    page: parsed.page,
  };
}
