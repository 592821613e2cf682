import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AllianceFacets } from "@/components/alliances/alliance-facets";
import { AllianceResults } from "@/components/alliances/alliance-results";
import { DirectoryLayout } from "@/components/directory/directory-layout";
import { DirectorySearchForm } from "@/components/directory/directory-search-form";
import { TerritorySuggestions } from "@/components/directory/territory-suggestions";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { allianceSearchHref, parseAllianceSearchParams, type AllianceSearchState } from "@/lib/alliances/alliances.schemas";
import { getAllianceDirectory } from "@/lib/alliances/directory.queries";
import { canonicalRedirect, toTerritoryParam } from "@/lib/directory/directory";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FORM_ID = "recherche-alliances";

async function readSearch(searchParams: Props["searchParams"]) {
  const raw = await searchParams;
  const state = parseAllianceSearchParams(raw);
  return { raw, state, data: await getAllianceDirectory(state) };
}

function isFiltered(state: AllianceSearchState): boolean {
  return allianceSearchHref({ ...state, sort: "pertinence", view: "liste", page: 1 }) !== allianceSearchHref({});
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state, data } = await readSearch(searchParams);
  const text = labels.directories.alliances;
  const title = state.q
    ? text.searchTitle(state.q, data.result.pageInfo.total)
    : data.territory
      ? text.territoryTitle(data.territory.name)
      : text.title;
  return pageMetadata({ title, description: text.intro, path: allianceSearchHref(state), index: !isFiltered(state) && state.page === 1 });
}

export default async function AlliancesPage({ searchParams }: Props) {
  const { raw, state, data } = await readSearch(searchParams);
  // One URL per search: empty fields of the submitted form, defaults and unknown values go.
  const canonical = canonicalRedirect(raw, allianceSearchHref(state));
  if (canonical) redirect(canonical);
  const text = labels.directories;
  const suggestions = (data.suggestions ?? []).map((item) => ({
    key: `${item.kind}-${item.code}`,
    name: item.name,
    kindLabel: labels.territoryKinds[item.kind].label,
    context: item.context,
    href: allianceSearchHref({ ...state, territory: { kind: item.kind, code: item.code }, place: "", page: 1 }),
  }));

  return (
    <>
      <PageHeader title={text.alliances.heading}>
        <p>{text.alliances.intro}</p>
      </PageHeader>
      <DirectoryLayout
        form={
          <DirectorySearchForm
            form={FORM_ID}
            action={allianceSearchHref({})}
            label={text.alliances.searchLabel}
            hint={text.alliances.searchHint}
            q={state.q}
            territory={data.territory}
            territoryParam={data.territory ? toTerritoryParam(data.territory) : null}
            place={state.place}
            removeTerritoryHref={allianceSearchHref({ ...state, territory: null, scope: undefined, page: 1 })}
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
        facets={data.result.facets ? <AllianceFacets form={FORM_ID} state={state} facets={data.result.facets} targets={data.targets} hasTerritory={data.territory !== null} /> : null}
        results={<AllianceResults form={FORM_ID} state={state} data={data} />}
      />
    </>
  );
}
