// Route: /acteurs?… (rewritten by proxy.ts from /acteurs to /acteurs/recherche/<token of the query string>)
import { describeActorFacets } from "@/components/actors/actor-facets";
import { ActorList } from "@/components/actors/actor-list";
import { directoryRoute } from "@/components/directory/directory-route";
import { actorSearch } from "@/lib/actors/actors.schemas";
import { getActorDirectory } from "@/lib/actors/public-directory.queries";
import { labels } from "@/lib/labels";

// The actors' directory: the generic directory page with the actors' search, facets and list.
const route = directoryRoute({
  dataset: "acteurs",
  formId: "recherche-acteurs",
  copy: labels.directories.actors,
  regionsHint: labels.directories.search.territory.regionsHint,
  search: actorSearch,
  load: getActorDirectory,
  facets: (state, data) => describeActorFacets(state, data.result.facets, data.sdgs),
  list: ({ result, sdgs, territory }) => (result.items.length > 0 ? <ActorList items={result.items} sdgs={sdgs} territoryName={territory?.name} /> : null),
});

// Each search is a page of its own for the cache (lib/cache/cached-routes.ts): rendered on
// first visit, then at most once a minute, or at once after a change made through the app.
export const revalidate = 60;
export const generateStaticParams = () => [];

export const generateMetadata = route.generateMetadata;
export default route.Page;
