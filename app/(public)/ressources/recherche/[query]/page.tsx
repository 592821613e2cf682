// Route: /ressources?… (rewritten by proxy.ts from /ressources to /ressources/recherche/<token of the query string>)
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DirectoryLayout } from "@/components/directory/directory-layout";
import { readSearchToken, type SearchRouteProps } from "@/components/directory/directory-route";
import { KitCategories } from "@/components/kits/kit-categories";
import { FacetPanel } from "@/components/directory/facet-panel";
import { describeKitFacets } from "@/components/kits/kit-facets";
import { KitResults } from "@/components/kits/kit-results";
import { KitSearchForm } from "@/components/kits/kit-search-form";
import { LearningPathList } from "@/components/kits/learning-path-list";
import { PageHeader } from "@/components/ui/page-header";
import { kitsLabels } from "@/lib/copy/kits";
import { canonicalRedirect } from "@/lib/directory/directory";
import { pageMetadata } from "@/lib/directory/seo";
import { getKitDirectory } from "@/lib/kits/kits.queries";
import { isFilteredKitSearch, kitSearchHref, parseKitSearchParams } from "@/lib/kits/kits.schemas";
import { listLearningPaths } from "@/lib/kits/learning-paths.queries";

type Props = SearchRouteProps;

// Each search is a page of its own for the cache (lib/cache/cached-routes.ts): rendered on
// first visit, then at most once a minute, or at once after a change made through the app.
export const revalidate = 60;
export const generateStaticParams = () => [];

const FORM_ID = "recherche-ressources";
const t = kitsLabels.list;

async function readSearch(params: Props["params"]) {
  const raw = await readSearchToken(params);
  const state = parseKitSearchParams(raw);
  return { raw, state, data: await getKitDirectory(state) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { state, data } = await readSearch(params);
  const title = state.q ? t.searchTitle(state.q, data.result.pageInfo.total) : t.title;
  return pageMetadata({ title, description: t.intro, path: kitSearchHref(state), index: !isFilteredKitSearch(state) && state.page === 1 });
}

export default async function ResourcesPage({ params }: Props) {
  const { raw, state, data } = await readSearch(params);
  // One URL per search: empty fields of the submitted form, defaults and unknown values go.
  const canonical = canonicalRedirect(raw, kitSearchHref(state));
  if (canonical) redirect(canonical);
  const learningPaths = await listLearningPaths();
  const facets = describeKitFacets(state, data.result.facets, data.targets);

  return (
    <>
      <PageHeader title={t.heading}>
        <p>{t.intro}</p>
      </PageHeader>
      <DirectoryLayout
        searchKey={kitSearchHref(state)}
        form={<KitSearchForm form={FORM_ID} q={state.q} />}
        notices={
          <KitCategories
            counts={data.result.facets.categories}
            current={state.categories}
            hrefFor={(category) => kitSearchHref({ ...state, categories: [category], page: 1 })}
          />
        }
        facets={<FacetPanel form={FORM_ID} groups={facets.map((facet) => facet.group)} />}
        results={<KitResults form={FORM_ID} state={state} result={data.result} filters={facets.flatMap((facet) => facet.filters)} />}
      />
      <LearningPathList paths={learningPaths} />
    </>
  );
}
