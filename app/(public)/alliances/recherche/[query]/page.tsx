// Route: /alliances?… (rewritten by proxy.ts from /alliances to /alliances/recherche/<token of the query string>)
import { describeAllianceFacets } from "@/components/alliances/alliance-facets";
import { AllianceList } from "@/components/alliances/alliance-list";
import { directoryRoute } from "@/components/directory/directory-route";
import { allianceSearch } from "@/lib/alliances/alliances.schemas";
import { getAllianceDirectory } from "@/lib/alliances/public-directory.queries";
import { labels } from "@/lib/labels";

// The alliances' showcase: the generic directory page with the alliances' search, facets and list.
const route = directoryRoute({
  dataset: "alliances",
  formId: "recherche-alliances",
  copy: labels.directories.alliances,
  regionsHint: labels.directories.alliances.regionsHint,
  search: allianceSearch,
  load: getAllianceDirectory,
  facets: (state, data) => describeAllianceFacets(state, data.result.facets, data.targets),
  list: ({ result, territory }) => (result.items.length > 0 ? <AllianceList items={result.items} territoryName={territory?.name} /> : null),
});

// Each search is a page of its own for the cache (lib/cache/cached-routes.ts): rendered on
// first visit, then at most once a minute, or at once after a change made through the app.
export const revalidate = 60;
export const generateStaticParams = () => [];

export const generateMetadata = route.generateMetadata;
export default route.Page;
