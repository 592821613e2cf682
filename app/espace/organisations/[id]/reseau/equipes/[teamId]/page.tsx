import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TeamSummaryView } from "@/components/networks/team-summary";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getPrincipal } from "@/lib/auth/session";
import { networksLabels } from "@/lib/copy/networks";
import { isExpectedError } from "@/lib/errors";
import { labels } from "@/lib/labels";
import { getTeamSummary } from "@/lib/networks/networks.queries";
import { getOrganisationForViewer } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";

const t = networksLabels;

type Props = { params: Promise<{ id: string; teamId: string }> };

// Read-only on purpose: the head reads its team's data through an accepted link and nothing on
// this page can change it. Anyone else, or a team without an accepted link, gets the 404 page.
const load = cache(async (id: string, teamId: string) => {
  const principal = await getPrincipal();
  const head = await getOrganisationForViewer(principal, id);
  if (!head) return null;
  try {
    return { head, summary: await getTeamSummary(principal, id, teamId) };
  } catch (error) {
    if (isExpectedError(error)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, teamId } = await params;
  const loaded = await load(id, teamId);
  return { title: loaded ? t.summary.title(loaded.summary.team.name) : labels.errors.notFoundTitle };
}

export default async function NetworkTeamPage({ params }: Props) {
  const { id, teamId } = await params;
  const loaded = await load(id, teamId);
  if (!loaded) notFound();
  const { head, summary } = loaded;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.organisations.workspace, href: paths.workspace() },
          { label: head.name, href: paths.organisation(id) },
          { label: t.heading, href: paths.organisationNetwork(id) },
        ]}
        current={summary.team.name}
      />
      <PageHeader title={t.summary.title(summary.team.name)}>
        <p>{t.summary.intro}</p>
      </PageHeader>
      <TeamSummaryView summary={summary} />
      <ButtonLink href={paths.organisationNetwork(id)} variant="secondary">
        {t.summary.back}
      </ButtonLink>
    </>
  );
}
