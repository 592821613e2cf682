import Link from "next/link";
import type { ReactNode } from "react";
import { ActiveFilters, type ActiveFilter } from "@/components/directory/active-filters";
import { DirectoryEmpty } from "@/components/directory/directory-empty";
import { ExportListLink } from "@/components/directory/export-list-link";
import { ResultsToolbar } from "@/components/directory/results-toolbar";
import { AreaMap } from "@/components/map/area-map";
import { Pagination } from "@/components/ui/pagination";
import type { DirectorySort, DirectoryView, MapScale } from "@/lib/directory/directory";
import type { AreaCount } from "@/lib/directory/directory.sql";
import { labels } from "@/lib/labels";
import type { PageInfo } from "@/lib/territories/territories";

/**
 * The results column of a directory: count, view and sort, active filters, then the list (or
 * what to try when it is empty) with its pagination, or the map.
 */
export function DirectoryResults({
  form,
  foundText,
  sort,
  view,
  hrefFor,
  filters,
  clearHref,
  pageInfo,
  list,
  empty,
  map,
  exportHref,
  follow,
}: {
  form: string;
  foundText: string;
  sort: DirectorySort;
  view: DirectoryView;
  hrefFor: (change: { view?: DirectoryView; page?: number; mapScale?: MapScale; area?: string }) => string;
  filters: ActiveFilter[];
  clearHref: string;
  pageInfo: PageInfo;
  list: ReactNode | null;
  empty: { title: string; advice: readonly string[] };
  map: { scale: MapScale; counts: AreaCount[]; selectedCode: string | null } | null;
  /** The CSV of the whole search (every page). */
  exportHref: string;
  /** « Suivre cette recherche » (components/follows), also when nothing matches yet. */
  follow?: ReactNode;
}) {
  const text = labels.directories.search;
  let body: ReactNode;
  if (view === "carte" && map) {
    body = (
      <AreaMap
        scale={map.scale}
        counts={map.counts}
        selectedCode={map.selectedCode}
        hrefFor={(code) => hrefFor({ area: code })}
        scaleHref={(scale) => hrefFor({ mapScale: scale })}
      />
    );
  } else if (pageInfo.total === 0) {
    body = <DirectoryEmpty title={empty.title} advice={empty.advice} />;
  } else if (!list) {
    body = (
      <DirectoryEmpty title={text.pastTheEnd}>
        <Link href={hrefFor({ page: 1 })}>{text.backToFirstPage}</Link>
      </DirectoryEmpty>
    );
  } else {
    body = <div className="mt-4">{list}</div>;
  }
  return (
    <>
      <ResultsToolbar form={form} foundText={foundText} sort={sort} view={view} viewHref={(target) => hrefFor({ view: target, page: 1 })} />
      <ActiveFilters filters={filters} clearHref={clearHref} />
      {body}
      {view === "liste" ? <Pagination pageInfo={pageInfo} hrefFor={(page) => hrefFor({ page })} /> : null}
      {/* After the results: on a phone, the first result stays within reach of the search. */}
      <ExportListLink href={exportHref} total={pageInfo.total} />
      {follow}
    </>
  );
}
