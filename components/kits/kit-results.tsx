import Link from "next/link";
import { ActiveFilters, type ActiveFilter } from "@/components/directory/active-filters";
import { DirectoryEmpty } from "@/components/directory/directory-empty";
import { ExportListLink } from "@/components/directory/export-list-link";
import { ResultsHeading } from "@/components/directory/results-heading";
import { buttonClasses } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { kitsLabels } from "@/lib/copy/kits";
import { labels } from "@/lib/labels";
import { KIT_SORTS } from "@/lib/kits/kits";
import type { KitSearchResult } from "@/lib/kits/kits.queries";
import { kitSearchHref, toKitSearchQuery, type KitSearchState } from "@/lib/kits/kits.schemas";
import { csvOfSearch } from "@/lib/open-data/site-search";
import { KitList } from "./kit-list";

const selectClasses = "min-h-11 rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink";

/** The text searched, then the facets' filters: each a link to the same search without it. */
function activeFilters(state: KitSearchState, facetFilters: ActiveFilter[]): ActiveFilter[] {
  const text: ActiveFilter[] = state.q ? [{ key: "q", label: `« ${state.q} »`, href: kitSearchHref({ ...state, q: "", page: 1 }) }] : [];
  return [...text, ...facetFilters];
}

/** The results column of /ressources: count and sort, active filters, the list, the pages. */
export function KitResults({ form, state, result, filters }: { form: string; state: KitSearchState; result: KitSearchResult; filters: ActiveFilter[] }) {
  const t = kitsLabels.list;
  const { pageInfo } = result;
  return (
    <>
      <div className="flex flex-col gap-4 border-b border-line pb-4 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between">
        <ResultsHeading foundText={t.found(pageInfo.total)} />
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor={`${form}-tri`} className="block text-sm font-semibold">
              {t.sortLabel}
            </label>
            <select id={`${form}-tri`} name="tri" form={form} defaultValue={state.sort} className={selectClasses}>
              {KIT_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t.sorts[sort]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" form={form} className={buttonClasses("secondary")}>
            {t.sortSubmit}
          </button>
        </div>
      </div>
      <ActiveFilters filters={activeFilters(state, filters)} clearHref={kitSearchHref({})} />
      {pageInfo.total === 0 ? (
        <DirectoryEmpty title={t.emptyTitle} advice={t.emptyAdvice} />
      ) : result.items.length === 0 ? (
        <DirectoryEmpty title={labels.directories.search.pastTheEnd}>
          <Link href={kitSearchHref({ ...state, page: 1 })}>{labels.directories.search.backToFirstPage}</Link>
        </DirectoryEmpty>
      ) : (
        <div className="mt-4">
          <KitList items={result.items} />
        </div>
      )}
      <Pagination pageInfo={pageInfo} hrefFor={(page) => kitSearchHref({ ...state, page })} />
      <ExportListLink href={csvOfSearch("kits", toKitSearchQuery(state))} total={pageInfo.total} />
    </>
  );
}
