import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OrganisationDetails } from "@/components/organisations/organisation-details";
import { OrganisationStatus } from "@/components/organisations/organisation-status";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { getPrincipal } from "@/lib/auth/session";
import { networksLabels } from "@/lib/copy/networks";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { labels } from "@/lib/labels";
import { getOrganisationForViewer } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";

const t = labels.organisations.page;

type Props = { params: Promise<{ id: string }> };

// Shared by generateMetadata and the page within one request. Scoped to the viewer: an id of an
// organisation they are not in gives null, hence the 404 page (no hint that it exists).
const loadOrganisation = cache(async (id: string) => getOrganisationForViewer(await getPrincipal(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await loadOrganisation((await params).id);
  return { title: organisation?.name ?? labels.errors.notFoundTitle };
}

export default async function OrganisationPage({ params }: Props) {
  const organisation = await loadOrganisation((await params).id);
  if (!organisation) notFound();
  const canEdit = can(await getPrincipal(), "actor.update", organisation.scope);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.organisations.workspace, href: paths.workspace() },
        ]}
        current={organisation.name}
      />
      <PageHeader title={organisation.name} />
      <section aria-labelledby="statut" className="mb-10 max-w-3xl">
        <h2 id="statut" className="mb-4 text-2xl font-bold">
          {t.statusHeading}
        </h2>
        <OrganisationStatus status={organisation.status} reason={organisation.moderationReason} />
      </section>
      <section aria-labelledby="informations" className="mb-10 max-w-3xl">
        <h2 id="informations" className="mb-4 text-2xl font-bold">
          {t.detailsHeading}
        </h2>
        <OrganisationDetails organisation={organisation} />
      </section>
      <div className="flex flex-wrap gap-3">
        {canEdit ? <ButtonLink href={paths.organisationProfile(organisation.id)}>{organisationProfileCopy.editLink}</ButtonLink> : null}
        <ButtonLink href={paths.organisationMembers(organisation.id)} variant="secondary">
          {`${t.members} (${organisation.memberCount})`}
        </ButtonLink>
        <ButtonLink href={paths.organisationNetwork(organisation.id)} variant="secondary">
          {networksLabels.link}
        </ButtonLink>
      </div>
    </>
  );
}
