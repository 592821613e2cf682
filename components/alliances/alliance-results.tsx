import { AllianceList } from "@/components/alliances/alliance-list";
import type { ActiveFilter } from "@/components/directory/active-filters";
import { DirectoryResults } from "@/components/directory/directory-results";
import { allianceSearchHref, type AllianceSearchState } from "@/lib/alliances/alliances.schemas";
import type { AllianceDirectory } from "@/lib/alliances/directory.queries";
import { mapScaleKind, toggleValue } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";

function activeFilters(state: AllianceSearchState, data: AllianceDirectory): ActiveFilter[] {
  const text = labels.directories;
  const href = (change: Partial<AllianceSearchState>) => allianceSearchHref({ ...state, ...change, page: 1 });
  const filters: ActiveFilter[] = [];
  if (state.q) filters.push({ key: "q", label: `« ${state.q} »`, href: href({ q: "" }) });
  if (data.territory) filters.push({ key: "territoire", label: data.territory.name, href: href({ territory: null, scope: undefined }) });
  if (data.territory && state.scope) filters.push({ key: "portee", label: text.search.scope[state.scope], href: href({ scope: undefined }) });
  for (const mode of state.modes) filters.push({ key: `mode-${mode}`, label: labels.allianceModes[mode].label, href: href({ modes: toggleValue(state.modes, mode) }) });
  for (const stage of state.stages) filters.push({ key: `etape-${stage}`, label: text.stages[stage], href: href({ stages: toggleValue(state.stages, stage) }) });
  for (const kind of state.partnerKinds)
    filters.push({ key: `partenaire-${kind}`, label: labels.organisations.kinds[kind], href: href({ partnerKinds: toggleValue(state.partnerKinds, kind) }) });
  for (const code of state.targets) filters.push({ key: `cible-${code}`, label: text.sdgPages.target(code), href: href({ targets: toggleValue(state.targets, code) }) });
  return filters;
}

/** The results column of /alliances. */
export function AllianceResults({ form, state, data }: { form: string; state: AllianceSearchState; data: AllianceDirectory }) {
  const { result } = data;
  const text = labels.directories.alliances;
  return (
    <DirectoryResults
      form={form}
      foundText={text.found(result.pageInfo.total)}
      sort={state.sort}
      view={state.view}
      hrefFor={({ view, page, mapScale, area }) =>
        area
          ? allianceSearchHref({ ...state, territory: { kind: mapScaleKind(state.mapScale), code: area }, scope: undefined, place: "", page: 1 })
          : allianceSearchHref({ ...state, view: view ?? state.view, mapScale: mapScale ?? state.mapScale, page: page ?? state.page })
      }
      filters={activeFilters(state, data)}
      clearHref={allianceSearchHref({ view: state.view })}
      pageInfo={result.pageInfo}
      list={result.items.length > 0 ? <AllianceList items={result.items} territoryName={data.territory?.name} /> : null}
      empty={{ title: text.emptyTitle, advice: text.emptyAdvice }}
      map={
        result.areas
          ? { scale: state.mapScale, counts: result.areas, selectedCode: data.territory?.kind === mapScaleKind(state.mapScale) ? data.territory.code : null }
          : null
      }
    />
  );
}
