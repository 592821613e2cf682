import { ActorList } from "@/components/actors/actor-list";
import type { ActiveFilter } from "@/components/directory/active-filters";
import { DirectoryResults } from "@/components/directory/directory-results";
import { actorSearchHref, type ActorSearchState } from "@/lib/actors/actors.schemas";
import type { ActorDirectory } from "@/lib/actors/directory.queries";
import { mapScaleKind, toggleValue } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";

function activeFilters(state: ActorSearchState, data: ActorDirectory): ActiveFilter[] {
  const text = labels.directories;
  const href = (change: Partial<ActorSearchState>) => actorSearchHref({ ...state, ...change, page: 1 });
  const filters: ActiveFilter[] = [];
  if (state.q) filters.push({ key: "q", label: `« ${state.q} »`, href: href({ q: "" }) });
  if (data.territory) filters.push({ key: "territoire", label: data.territory.name, href: href({ territory: null, scope: undefined }) });
  if (data.territory && state.scope) filters.push({ key: "portee", label: text.search.scope[state.scope], href: href({ scope: undefined }) });
  for (const kind of state.kinds) filters.push({ key: `type-${kind}`, label: labels.organisations.kinds[kind], href: href({ kinds: toggleValue(state.kinds, kind) }) });
  for (const mode of state.modes) filters.push({ key: `mode-${mode}`, label: labels.allianceModes[mode].label, href: href({ modes: toggleValue(state.modes, mode) }) });
  for (const sdg of state.sdgs) filters.push({ key: `odd-${sdg}`, label: text.sdg.label(sdg), href: href({ sdgs: toggleValue(state.sdgs, sdg) }) });
  return filters;
}

/** The results column of /acteurs. */
export function ActorResults({ form, state, data }: { form: string; state: ActorSearchState; data: ActorDirectory }) {
  const { result } = data;
  const text = labels.directories.actors;
  return (
    <DirectoryResults
      form={form}
      foundText={text.found(result.pageInfo.total)}
      sort={state.sort}
      view={state.view}
      hrefFor={({ view, page, mapScale, area }) =>
        area
          ? actorSearchHref({ ...state, territory: { kind: mapScaleKind(state.mapScale), code: area }, scope: undefined, place: "", page: 1 })
          : actorSearchHref({ ...state, view: view ?? state.view, mapScale: mapScale ?? state.mapScale, page: page ?? state.page })
      }
      filters={activeFilters(state, data)}
      clearHref={actorSearchHref({ view: state.view })}
      pageInfo={result.pageInfo}
      list={result.items.length > 0 ? <ActorList items={result.items} sdgs={data.sdgs} territoryName={data.territory?.name} /> : null}
      empty={{ title: text.emptyTitle, advice: text.emptyAdvice }}
      map={
        result.areas
          ? { scale: state.mapScale, counts: result.areas, selectedCode: data.territory?.kind === mapScaleKind(state.mapScale) ? data.territory.code : null }
          : null
      }
    />
  );
}
