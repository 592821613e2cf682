import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DirectoryLayout } from "@/components/directory/directory-layout";
import { DirectoryResults } from "@/components/directory/directory-results";
import { DirectorySearchForm } from "@/components/directory/directory-search-form";
import { FacetPanel } from "@/components/directory/facet-panel";
import { FollowSearchButton } from "@/components/follows/follow-button";
import { TerritoryFacet } from "@/components/directory/territory-facet";
import { TerritorySuggestions } from "@/components/directory/territory-suggestions";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { mapScaleKind, toTerritoryParam, type QueryValue, type TerritoryScope } from "@/lib/directory/directory";
import type { ChosenTerritory, TerritorySuggestion } from "@/lib/directory/territory-choice.queries";
import type { AreaCount } from "@/lib/directory/directory.sql";
import type { ActiveFilter, FacetView } from "@/lib/directory/facets";
import { pageMetadata } from "@/lib/directory/seo";
import type { DirectorySearchBase } from "@/lib/directory/search-state";
import { labels } from "@/lib/labels";
import { csvOfSearch, type DirectoryDataset } from "@/lib/open-data/site-search";
import type { PageInfo } from "@/lib/territories/territories";

/** The query string a follow keeps: the search's own, without "?" (sort, view and page do not matter to it). */
function followQuery(href: string): string {
  const start = href.indexOf("?");
  return start < 0 ? "" : href.slice(start + 1);
}

/** The French copy of one territorial directory (labels.directories.actors, .alliances). */
export interface DirectoryCopy {
  title: string;
  heading: string;
  intro: string;
  searchLabel: string;
  searchHint: string;
  searchTitle: (q: string, total: number) => string;
  territoryTitle: (name: string) => string;
  found: (n: number) => string;
  emptyTitle: string;
  emptyAdvice: readonly string[];
}

/** What a territorial directory is made of besides its facets and its list. */
export interface Directory<S extends DirectorySearchBase> {
  /** The id of the GET search form, which the facets, scope and sort join by their `form` attribute. */
  formId: string;
  copy: DirectoryCopy;
  /** Under the régions, when no territory is chosen: what "in a région" means for this directory. */
  regionsHint: string;
  search: { href: (state: Partial<S>) => string; isFiltered: (state: S) => boolean; toQuery: (state: Partial<S>) => Record<string, QueryValue> };
  /** The open-data collection of what it lists: its CSV is offered for the current search. */
  dataset: DirectoryDataset;
}

/** What the directory's loader gives for one search, whatever it lists. */
export interface DirectoryData {
  territory: ChosenTerritory | null;
  suggestions: TerritorySuggestion[] | null;
  unknownTerritory: boolean;
  result: {
    pageInfo: PageInfo;
    facets: { scopes: ReadonlyMap<TerritoryScope, number> | null; regions: AreaCount[] } | null;
    areas: AreaCount[] | null | undefined;
  };
}

/** Title (the text searched, or the territory), description and indexing of a directory page. */
export function directoryMetadata<S extends DirectorySearchBase>(directory: Directory<S>, state: S, data: DirectoryData): Metadata {
  const { copy, search } = directory;
  const title = state.q ? copy.searchTitle(state.q, data.result.pageInfo.total) : data.territory ? copy.territoryTitle(data.territory.name) : copy.title;
  return pageMetadata({ title, description: copy.intro, path: search.href(state), index: !search.isFiltered(state) && state.page === 1 });
}

/** The filters of a directory that are not facets: the text, the territory and its scope. */
function searchFilters<S extends DirectorySearchBase>(state: S, data: DirectoryData, href: (change: Partial<S>) => string): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  if (state.q) filters.push({ key: "q", label: `« ${state.q} »`, href: href({ q: "" } as Partial<S>) });
  if (data.territory) filters.push({ key: "territoire", label: data.territory.name, href: href({ territory: null, scope: undefined } as Partial<S>) });
  if (data.territory && state.scope)
    filters.push({ key: "portee", label: labels.directories.search.scope[state.scope], href: href({ scope: undefined } as Partial<S>) });
  return filters;
}

/**
 * A territorial directory page (/acteurs, /alliances): header, search form with the territory,
 * the facets beside the results, and the results as a list or a map. The route brings its copy,
 * its search, its facets and its list; everything else is the same for every directory.
 */
export function DirectoryPage<S extends DirectorySearchBase>({
  directory,
  state,
  data,
  facets,
  list,
}: {
  directory: Directory<S>;
  state: S;
  data: DirectoryData;
  facets: FacetView[];
  /** The current page's items; null when the page has none. */
  list: ReactNode | null;
}) {
  const { formId: form, copy, search } = directory;
  const { territory, result } = data;
  const at = (change: Partial<S>) => search.href({ ...state, ...change });
  const fromPageOne = (change: Partial<S>) => at({ ...change, page: 1 });
  const inTerritory = (kind: ChosenTerritory["kind"], code: string) => fromPageOne({ territory: { kind, code }, scope: undefined, place: "" } as Partial<S>);
  const suggestions = (data.suggestions ?? []).map((item) => ({
    key: `${item.kind}-${item.code}`,
    name: item.name,
    kindLabel: labels.territoryKinds[item.kind].label,
    context: item.context,
    href: fromPageOne({ territory: { kind: item.kind, code: item.code }, place: "" } as Partial<S>),
  }));
  const mapKind = mapScaleKind(state.mapScale);

  return (
    <>
      <PageHeader title={copy.heading}>
        <p>{copy.intro}</p>
      </PageHeader>
      <DirectoryLayout
        searchKey={search.href(state)}
        form={
          <DirectorySearchForm
            form={form}
            action={search.href({})}
            label={copy.searchLabel}
            hint={copy.searchHint}
            q={state.q}
            territory={territory}
            territoryParam={territory ? toTerritoryParam(territory) : null}
            place={state.place}
            removeTerritoryHref={fromPageOne({ territory: null, scope: undefined } as Partial<S>)}
            hidden={{ vue: state.view === "carte" ? "carte" : undefined, tri: state.view === "carte" && state.sort !== "pertinence" ? state.sort : undefined }}
          />
        }
        notices={
          <>
            {data.suggestions ? <TerritorySuggestions place={state.place} items={suggestions} /> : null}
            {data.unknownTerritory ? (
              <div className="mt-4">
                <EmptyState title={labels.directories.search.territory.unknown} />
              </div>
            ) : null}
          </>
        }
        facets={
          result.facets ? (
            <FacetPanel form={form} groups={facets.map((facet) => facet.group)}>
              <TerritoryFacet
                form={form}
                scopes={territory ? result.facets.scopes : null}
                scope={state.scope}
                regions={result.facets.regions}
                regionsHint={directory.regionsHint}
                regionHref={(code) => inTerritory("REGION", code)}
              />
            </FacetPanel>
          ) : null
        }
        results={
          <DirectoryResults
            form={form}
            foundText={copy.found(result.pageInfo.total)}
            sort={state.sort}
            view={state.view}
            hrefFor={({ view, page, mapScale, area }) =>
              area ? inTerritory(mapKind, area) : at({ view: view ?? state.view, mapScale: mapScale ?? state.mapScale, page: page ?? state.page } as Partial<S>)
            }
            filters={[...searchFilters(state, data, fromPageOne), ...facets.flatMap((facet) => facet.filters)]}
            clearHref={search.href({ view: state.view } as Partial<S>)}
            pageInfo={result.pageInfo}
            list={list}
            empty={{ title: copy.emptyTitle, advice: copy.emptyAdvice }}
            map={result.areas ? { scale: state.mapScale, counts: result.areas, selectedCode: territory?.kind === mapKind ? territory.code : null } : null}
            exportHref={csvOfSearch(directory.dataset, search.toQuery(state))}
            follow={directory.dataset === "acteurs" ? <FollowSearchButton directory="acteurs" query={followQuery(search.href({ ...state, page: 1 }))} /> : null}
          />
        }
      />
    </>
  );
}
