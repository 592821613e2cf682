import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActorFacets } from "@/components/actors/actor-facets";
import { ActorResults } from "@/components/actors/actor-results";
import { DirectoryLayout } from "@/components/directory/directory-layout";
import { DirectorySearchForm } from "@/components/directory/directory-search-form";
import { TerritorySuggestions } from "@/components/directory/territory-suggestions";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actorSearchHref, parseActorSearchParams, type ActorSearchState } from "@/lib/actors/actors.schemas";
import { getActorDirectory } from "@/lib/actors/directory.queries";
import { canonicalRedirect, toTerritoryParam } from "@/lib/directory/directory";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FORM_ID = "recherche-acteurs";

async function readSearch(searchParams: Props["searchParams"]) {
  const raw = await searchParams;
  const state = parseActorSearchParams(raw);
  return { raw, state, data: await getActorDirectory(state) };
}

function isFiltered(state: ActorSearchState): boolean {
  return actorSearchHref({ ...state, sort: "pertinence", view: "liste", page: 1 }) !== actorSearchHref({});
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state, data } = await readSearch(searchParams);
  const text = labels.directories.actors;
  const title = state.q
    ? text.searchTitle(state.q, data.result.pageInfo.total)
    : data.territory
      ? text.territoryTitle(data.territory.name)
      : text.title;
  return pageMetadata({ title, description: text.intro, path: actorSearchHref(state), index: !isFiltered(state) && state.page === 1 });
}

export default async function ActorsPage({ searchParams }: Props) {
  const { raw, state, data } = await readSearch(searchParams);
  // One URL per search: empty fields of the submitted form, defaults and unknown values go.
  const canonical = canonicalRedirect(raw, actorSearchHref(state));
  if (canonical) redirect(canonical);
  const text = labels.directories;
  const suggestions = (data.suggestions ?? []).map((item) => ({
    key: `${item.kind}-${item.code}`,
    name: item.name,
    kindLabel: labels.territoryKinds[item.kind].label,
    context: item.context,
    href: actorSearchHref({ ...state, territory: { kind: item.kind, code: item.code }, place: "", page: 1 }),
  }));

  return (
    <>
      <PageHeader title={text.actors.heading}>
        <p>{text.actors.intro}</p>
      </PageHeader>
      <DirectoryLayout
        form={
          <DirectorySearchForm
            form={FORM_ID}
            action={actorSearchHref({})}
            label={text.actors.searchLabel}
            hint={text.actors.searchHint}
            q={state.q}
            territory={data.territory}
            territoryParam={data.territory ? toTerritoryParam(data.territory) : null}
            place={state.place}
            removeTerritoryHref={actorSearchHref({ ...state, territory: null, scope: undefined, page: 1 })}
            hidden={{ vue: state.view === "carte" ? "carte" : undefined, tri: state.view === "carte" && state.sort !== "pertinence" ? state.sort : undefined }}
          />
        }
        notices={
          <>
            {data.suggestions ? <TerritorySuggestions place={state.place} items={suggestions} /> : null}
            {data.unknownTerritory ? (
              <div className="mt-4">
                <EmptyState title={text.search.territory.unknown} />
              </div>
            ) : null}
          </>
        }
        facets={data.result.facets ? <ActorFacets form={FORM_ID} state={state} facets={data.result.facets} sdgs={data.sdgs} hasTerritory={data.territory !== null} /> : null}
        results={<ActorResults form={FORM_ID} state={state} data={data} />}
      />
    </>
  );
}
