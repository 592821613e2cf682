import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { NetworkHeadSection, NetworkProposeSection, NetworkRequestsSection, NetworkTeamsSection } from "@/components/networks/network-sections";
import { RecommendationList } from "@/components/networks/network-views";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { getPrincipal, requireUser } from "@/lib/auth/session";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { networksLabels } from "@/lib/copy/networks";
import { MAP_SCALES, type MapScale } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";
import { getNetworkOverview, listNetworkTeams, listRecommendableKits, listRecommendations, searchLinkCandidates } from "@/lib/networks/networks.queries";
import { getOrganisationForViewer } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";

const t = networksLabels;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Scoped to the viewer: an organisation they are not in gives null, hence the 404 page.
const loadOrganisation = cache(async (id: string) => getOrganisationForViewer(await getPrincipal(), id));

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 100) ?? "";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await loadOrganisation((await params).id);
  return { title: organisation ? t.title(organisation.name) : labels.errors.notFoundTitle };
}

export default async function OrganisationNetworkPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const organisation = await loadOrganisation((await params).id);
  if (!organisation) notFound();
  const principal = { id: user.id, platformRole: user.platformRole };
  const { id, scope } = organisation;
  const query = await searchParams;
  const q = first(query.q).trim();
  const scale: MapScale = (MAP_SCALES as readonly string[]).includes(first(query.echelle)) ? (first(query.echelle) as MapScale) : "region";
  const zone = first(query.zone) || null;
  const outcome = Object.hasOwn(t.outcomes, first(query.info)) ? t.outcomes[first(query.info)] : null;
  // What the page offers; the actions and mutations check the same permissions again.
  const canManage = can(principal, "network.manage", scope);
  const [overview, teams, received, sent, candidates] = await Promise.all([
    getNetworkOverview(principal, id),
    listNetworkTeams(principal, id),
    listRecommendations(principal, id, "received"),
    listRecommendations(principal, id, "sent"),
    canManage && q ? searchLinkCandidates(principal, id, q) : [],
  ]);
  const canRecommend = teams.length > 0 && can(principal, "network.recommend", { ...scope, networkTeamLinked: true });
  const kits = canRecommend ? await listRecommendableKits() : [];

  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.organisations.workspace, href: paths.workspace() },
          { label: organisation.name, href: paths.organisation(id) },
        ]}
        current={t.heading}
      />
      <PageHeader title={t.title(organisation.name)}>
        <p>{t.intro}</p>
        {canManage ? null : <p className="mt-2">{t.requests.adminsOnly}</p>}
        {can(principal, "network.import", scope) ? (
          <p className="mt-4">
            <ButtonLink href={paths.organisationNetworkImport(id)} variant="secondary">
              {adminImportsCopy.head.navLink}
            </ButtonLink>
          </p>
        ) : null}
      </PageHeader>
      {outcome ? <FormMessage state={{ status: "success", message: outcome }} /> : null}

      <NetworkHeadSection actorId={id} head={overview.head} canManage={canManage} />
      {overview.head || received.length > 0 ? (
        <section aria-labelledby="recommandations-recues" className="mb-12 max-w-3xl">
          <h2 id="recommandations-recues" className="mb-4 text-2xl font-bold">
            {t.received.heading}
          </h2>
          <RecommendationList rows={received} direction="received" />
        </section>
      ) : null}
      <NetworkRequestsSection actorId={id} overview={overview} canManage={canManage} />
      <NetworkTeamsSection actorId={id} teams={teams} scale={scale} zone={zone} canManage={canManage} canRecommend={canRecommend} kits={kits} sent={sent} />
      {canManage ? <NetworkProposeSection actorId={id} q={q} candidates={candidates} /> : null}
    </>
  );
}
