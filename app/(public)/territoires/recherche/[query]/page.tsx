// Route: /territoires?… (rewritten by proxy.ts from /territoires to /territoires/recherche/<token of the query string>)
import type { Metadata } from "next";
import { cache } from "react";
import { readSearchToken, type SearchRouteProps } from "@/components/directory/directory-route";
import { TerritoryBrowse } from "@/components/territories/territory-browse";
import { TerritorySearchForm } from "@/components/territories/territory-search-form";
import { TerritorySearchResults } from "@/components/territories/territory-search-results";
import { PageHeader } from "@/components/ui/page-header";
import type { TerritoryKind } from "@/generated/prisma/client";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { slugToKind } from "@/lib/territories/territories";
import { searchTerritories } from "@/lib/territories/territory-search.queries";
import { parseTerritorySearchParams } from "@/lib/territories/territories.schemas";

// The territory search, served at /territoires?… by the proxy (lib/cache/cached-routes.ts) and
// cached per search like the directories': the territories change only with the reference import.
export const revalidate = 60;
export const generateStaticParams = () => [];

// Shared by generateMetadata (the count goes in the title) and the page, within one request.
const search = cache((q: string, kind: TerritoryKind | undefined, page: number) => searchTerritories({ q, kind, page }));

async function readSearch(token: SearchRouteProps["params"]) {
  const params = parseTerritorySearchParams(await readSearchToken(token));
  const kind = params.kind ? slugToKind(params.kind) : undefined;
  return { params, kind, result: await search(params.q, kind, params.page) };
}

export async function generateMetadata({ params: token }: SearchRouteProps): Promise<Metadata> {
  const { params, result } = await readSearch(token);
  if (!params.q) return { title: labels.territories.title };
  return { title: labels.territories.searchTitle(params.q, result.pageInfo.total, params.page) };
}

export default async function TerritoriesPage({ params: token }: SearchRouteProps) {
  const { params, kind, result } = await readSearch(token);
  const hrefForPage = (page: number) => paths.territories({ q: params.q, kind: params.kind, page });

  return (
    <>
      <PageHeader title={labels.territories.heading}>
        <p>{labels.territories.intro}</p>
      </PageHeader>
      <TerritorySearchForm q={params.q} kind={params.kind} />
      {result.browsing ? (
        <TerritoryBrowse kind={kind} result={result} hrefForPage={hrefForPage} />
      ) : (
        <TerritorySearchResults q={params.q} result={result} hrefForPage={hrefForPage} />
      )}
    </>
  );
}
