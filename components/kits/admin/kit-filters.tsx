// The search and filters of the kits list: a GET form (shareable, works without JavaScript), in
// the content lists' layout and controls (components/admin/content/content-filters.tsx).
import Link from "next/link";
import type { ReactNode } from "react";
import { DateRangeFields, Select, fieldClasses } from "@/components/admin/content/content-filters";
import { buttonClasses } from "@/components/ui/button";
import { KitCategory } from "@/generated/prisma/enums";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { kitsLabels } from "@/lib/copy/kits";
import { STATUS_SLUGS } from "@/lib/kits/kits.admin.schemas";
import { KIT_DATE_FIELDS, KIT_SORTS, type AdminKitListParams } from "@/lib/kits/kits.list";
import { paths } from "@/lib/paths";

const t = kitsLabels.admin.list;
const f = adminContentCopy.filters;

export function KitFilters({ params, targets, extra }: { params: AdminKitListParams; targets: { code: string; text: string }[]; extra?: ReactNode }) {
  return (
    <form role="search" aria-labelledby="filtres-titre" action={paths.adminKits()} method="get" className="rounded-lg border border-line bg-surface p-4 sm:p-6">
      <h2 id="filtres-titre" className="mb-4 text-xl font-bold">
        {f.heading}
      </h2>
      <div className="mb-4">
        <label htmlFor="filtre-q" className="block font-semibold">
          {t.q}
        </label>
        <p id="filtre-q-aide" className="text-sm text-muted">
          {t.qHint}
        </p>
        <input id="filtre-q" name="q" type="search" defaultValue={params.q} aria-describedby="filtre-q-aide" autoComplete="off" className={fieldClasses} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select id="filtre-statut" name="statut" label={f.status} value={params.statusSlug ?? ""}>
          <option value="">{f.anyStatus}</option>
          {Object.entries(STATUS_SLUGS).map(([slug, status]) => (
            <option key={slug} value={slug}>
              {kitsLabels.statuses[status]}
            </option>
          ))}
        </Select>
        <Select id="filtre-famille" name="famille" label={t.category} value={params.category?.toLowerCase() ?? ""}>
          <option value="">{t.anyCategory}</option>
          {Object.values(KitCategory).map((category) => (
            <option key={category} value={category.toLowerCase()}>
              {kitsLabels.categories[category].label}
            </option>
          ))}
        </Select>
        <Select id="filtre-cible" name="cible" label={t.target} value={params.target ?? ""}>
          <option value="">{t.anyTarget}</option>
          {targets.map((target) => (
            <option key={target.code} value={target.code}>
              {`${target.code} — ${target.text.length > 70 ? `${target.text.slice(0, 69)}…` : target.text}`}
            </option>
          ))}
        </Select>
        <Select id="filtre-date" name="date" label={t.dateField} value={params.dateField}>
          {KIT_DATE_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t.dateFields[field]}
            </option>
          ))}
        </Select>
        <DateRangeFields from={params.from} to={params.to} labels={{ from: t.from, to: t.to }} />
        <Select id="filtre-tri" name="tri" label={t.sort} value={params.sort}>
          {KIT_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t.sorts[sort]}
            </option>
          ))}
        </Select>
        {extra}
      </div>
      <label className="mt-4 inline-flex min-h-11 items-center gap-2">
        <input type="checkbox" name="brouillon" value="1" defaultChecked={params.pendingDraft} className="h-5 w-5" />
        {t.pendingDraft}
      </label>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {f.submit}
        </button>
        <Link href={paths.adminKits()}>{f.reset}</Link>
      </div>
    </form>
  );
}
