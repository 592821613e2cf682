import Link from "next/link";
import { ActiveFilters, type ActiveFilter } from "@/components/directory/active-filters";
import { DirectoryEmpty } from "@/components/directory/directory-empty";
import { buttonClasses } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { kitsLabels } from "@/lib/copy/kits";
import { toggleValue } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";
import { KIT_SORTS } from "@/lib/kits/kits";
import type { KitSearchResult } from "@/lib/kits/kits.queries";
import { kitSearchHref, type KitSearchState } from "@/lib/kits/kits.schemas";
import { KitList } from "./kit-list";

const selectClasses = "min-h-11 rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink";

function activeFilters(state: KitSearchState): ActiveFilter[] {
  const href = (change: Partial<KitSearchState>) => kitSearchHref({ ...state, ...change, page: 1 });
  const filters: ActiveFilter[] = [];
  if (state.q) filters.push({ key: "q", label: `« ${state.q} »`, href: href({ q: "" }) });
  for (const category of state.categories)
    filters.push({ key: `categorie-${category}`, label: kitsLabels.categories[category].plural, href: href({ categories: toggleValue(state.categories, category) }) });
  for (const kind of state.audiences) filters.push({ key: `public-${kind}`, label: labels.organisations.kinds[kind], href: href({ audiences: toggleValue(state.audiences, kind) }) });
  for (const level of state.levels) filters.push({ key: `niveau-${level}`, label: kitsLabels.maturityLevel(level), href: href({ levels: toggleValue(state.levels, level) }) });
  for (const theme of state.themes) filters.push({ key: `theme-${theme}`, label: labels.directories.themes[theme], href: href({ themes: toggleValue(state.themes, theme) }) });
  for (const code of state.targets) filters.push({ key: `cible-${code}`, label: kitsLabels.target(code), href: href({ targets: toggleValue(state.targets, code) }) });
  return filters;
}

/** The results column of /ressources: count and sort, active filters, the list, the pages. */
export function KitResults({ form, state, result }: { form: string; state: KitSearchState; result: KitSearchResult }) {
  const t = kitsLabels.list;
  const { pageInfo } = result;
  return (
    <>
      <div className="flex flex-col gap-4 border-b border-line pb-4 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between">
        <p role="status" className="text-lg font-semibold">
          {t.found(pageInfo.total)}
        </p>
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
      <ActiveFilters filters={activeFilters(state)} clearHref={kitSearchHref({})} />
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
    </>
  );
}
