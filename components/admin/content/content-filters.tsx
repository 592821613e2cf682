// The search and filters of a content list: a GET form, so that a search can be shared, bookmarked
// and used without JavaScript. The values shown are the ones the page parsed from the URL.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { CONTENT_SORTS, STATUS_SLUGS, type ContentSort, type StatusSlug } from "@/lib/content-admin/content-admin";
import type { ContentListParams } from "@/lib/content-admin/content-admin.schemas";

const t = adminContentCopy.filters;

export const fieldClasses = "mt-1 min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink focus:border-odd17";

type Territory = { id: number; kind: string; name: string; code: string };

export function Select({ id, name, label, value, children }: { id: string; name: string; label: string; value: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={fieldClasses}>
        {children}
      </select>
    </div>
  );
}

/** The « du » / « au » day fields of a list's filters (YYYY-MM-DD, inclusive). */
export function DateRangeFields({ from, to, labels }: { from: string | null; to: string | null; labels: { from: string; to: string } }) {
  return (
    <>
      <div>
        <label htmlFor="filtre-du" className="block font-semibold">
          {labels.from}
        </label>
        <input id="filtre-du" name="du" type="date" defaultValue={from ?? ""} className={fieldClasses} />
      </div>
      <div>
        <label htmlFor="filtre-au" className="block font-semibold">
          {labels.to}
        </label>
        <input id="filtre-au" name="au" type="date" defaultValue={to ?? ""} className={fieldClasses} />
      </div>
    </>
  );
}

const defaultStatuses = (Object.keys(STATUS_SLUGS) as StatusSlug[]).map((slug) => ({ value: slug, label: adminContentCopy.statuses[STATUS_SLUGS[slug]] }));

/** The type select is left out when a list has no `kinds`; statuses, dates and sorts may be named per list. */
export function ContentFilters<K extends string, S extends string = StatusSlug>({
  action,
  params,
  kindLabel = "",
  anyKind = "",
  kinds,
  territories,
  extra,
  statuses = defaultStatuses as { value: S; label: string }[],
  dateLabels = { from: t.publishedFrom, to: t.publishedTo },
  sortLabels = adminContentCopy.sorts,
  qHint = t.qHint,
}: {
  action: string;
  params: ContentListParams<K, S>;
  kindLabel?: string;
  anyKind?: string;
  kinds?: { value: K; label: string }[];
  territories: Territory[];
  /** More filters of the page (e.g. « Attribué à »), in the same grid. */
  extra?: React.ReactNode;
  statuses?: { value: S; label: string }[];
  dateLabels?: { from: string; to: string };
  sortLabels?: Record<ContentSort, string>;
  qHint?: string;
}) {
  const regions = territories.filter((territory) => territory.kind === "REGION");
  const departements = territories.filter((territory) => territory.kind === "DEPARTEMENT");
  return (
    <form role="search" aria-labelledby="filtres-titre" action={action} method="get" className="rounded-lg border border-line bg-surface p-4 sm:p-6">
      <h2 id="filtres-titre" className="mb-4 text-xl font-bold">
        {t.heading}
      </h2>
      <div className="mb-4">
        <label htmlFor="filtre-q" className="block font-semibold">
          {t.q}
        </label>
        <p id="filtre-q-aide" className="text-sm text-muted">
          {qHint}
        </p>
        <input id="filtre-q" name="q" type="search" defaultValue={params.q} aria-describedby="filtre-q-aide" autoComplete="off" className={fieldClasses} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select id="filtre-statut" name="statut" label={t.status} value={params.statusSlug ?? ""}>
          <option value="">{t.anyStatus}</option>
          {statuses.map((status) => (
            <option key={status.value} value={status.value}>
              {status.label}
            </option>
          ))}
        </Select>
        {kinds ? (
          <Select id="filtre-type" name="type" label={kindLabel} value={params.kind ?? ""}>
            <option value="">{anyKind}</option>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </Select>
        ) : null}
        <Select id="filtre-territoire" name="territoire" label={t.territory} value={params.territoryId ? String(params.territoryId) : ""}>
          <option value="">{t.anyTerritory}</option>
          <optgroup label={t.regions}>
            {regions.map((territory) => (
              <option key={territory.id} value={territory.id}>
                {territory.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t.departements}>
            {departements.map((territory) => (
              <option key={territory.id} value={territory.id}>
                {`${territory.name} (${territory.code})`}
              </option>
            ))}
          </optgroup>
        </Select>
        <DateRangeFields from={params.publishedFrom} to={params.publishedTo} labels={dateLabels} />
        <Select id="filtre-tri" name="tri" label={t.sort} value={params.sort}>
          {CONTENT_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </Select>
        {extra}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t.submit}
        </button>
        <Link href={action}>{t.reset}</Link>
      </div>
    </form>
  );
}
