import type { Metadata } from "next";
import { FollowTargetButton } from "@/components/follows/follow-button";
import { notFound } from "next/navigation";
import { TerritoryDiagnostics } from "@/components/diagnostics/territory-diagnostics";
import { TerritoryBreadcrumbs } from "@/components/territories/territory-breadcrumbs";
import { TerritoryChildren } from "@/components/territories/territory-children";
import { TerritoryHeader } from "@/components/territories/territory-header";
import { TerritoryParents } from "@/components/territories/territory-parents";
import { TerritoryPresence } from "@/components/territories/territory-presence";
import { getPublishedDiagnosticsSummary } from "@/lib/diagnostics/territory-summary.queries";
import { getTerritoryDirectories } from "@/lib/directory/presence.queries";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { getTerritory, listChildren } from "@/lib/territories/territories.queries";
import { parseTerritoryRouteParams } from "@/lib/territories/territories.schemas";

export type TerritoryRouteProps = { params: Promise<{ kind: string; code: string }> };

/** The territory named by the URL, or the 404 page. getTerritory is cached per request. */
async function loadTerritory(params: TerritoryRouteProps["params"]) {
  const route = parseTerritoryRouteParams(await params);
  const territory = route ? await getTerritory(route.kind, route.code) : null;
  if (!territory) notFound();
  return territory;
}

/** Title, description with its figures, and the absolute canonical and OpenGraph address of a page. */
export async function territoryMetadata(params: TerritoryRouteProps["params"], page = 1): Promise<Metadata> {
  const territory = await loadTerritory(params);
  // Where it lies: its département(s) and région(s), the nearest first.
  const places = [...territory.departements, ...territory.regions];
  return pageMetadata({
    title: labels.territory.title(territory.name, territory.kind, territory.code),
    description: labels.territory.metaDescription({ ...territory, places: places.map((place) => place.name) }),
    path: paths.territory(territory.kind, territory.code, page > 1 ? { page } : {}),
  });
}

/**
 * A territory's page, for its first page of members (/territoires/epci/…) and the next ones
 * (…/page/2). The page number is in the path, not the query, so that every page can be cached.
 */
export async function TerritoryPage({ params, page }: TerritoryRouteProps & { page: number }) {
  const territory = await loadTerritory(params);
  const [sections, presence, diagnostics] = await Promise.all([
    listChildren(territory, page),
    getTerritoryDirectories({ ...territory, departementName: null }),
    getPublishedDiagnosticsSummary(territory.id),
  ]);
  const hrefForPage = (target: number) => paths.territory(territory.kind, territory.code, { page: target });

  return (
    <>
      <TerritoryBreadcrumbs territory={territory} />
      <TerritoryHeader territory={territory} />
      <FollowTargetButton target="territory" id={String(territory.id)} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="lg:self-start">
          <TerritoryParents territory={territory} />
        </div>
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <TerritoryPresence territory={territory} actors={presence.actors} alliances={presence.alliances} sdgs={presence.sdgs} />
          <TerritoryDiagnostics territory={territory} summary={diagnostics} />
        </div>
      </div>
      <p className="mt-3 text-sm text-muted">{labels.territory.presenceHint}</p>
      <TerritoryChildren sections={sections} hrefForPage={hrefForPage} />
    </>
  );
}
