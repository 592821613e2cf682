import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { InviteForm } from "@/components/organisations/invitation-forms";
import { LeaveForm } from "@/components/organisations/member-forms";
import { MemberTable } from "@/components/organisations/member-table";
import { PendingInvitations } from "@/components/organisations/pending-invitations";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { getPrincipal, requireUser } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { getOrganisationForViewer, listMembers, listPendingInvitations } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";

const t = labels.organisations.members;

type Props = { params: Promise<{ id: string }> };

const loadOrganisation = cache(async (id: string) => getOrganisationForViewer(await getPrincipal(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await loadOrganisation((await params).id);
  return { title: organisation ? t.title(organisation.name) : labels.errors.notFoundTitle };
}

export default async function OrganisationMembersPage({ params }: Props) {
  const user = await requireUser();
  const organisation = await loadOrganisation((await params).id);
  if (!organisation) notFound();
  const principal = { id: user.id, platformRole: user.platformRole };
  const { id, scope } = organisation;
  // What the page offers; the actions and mutations check the same permissions again.
  const canManage = can(principal, "membership.update", scope);
  const canInvite = can(principal, "membership.invite", scope);
  const [members, invitations] = await Promise.all([listMembers(principal, id), canInvite ? listPendingInvitations(principal, id) : []]);

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
        {canManage ? null : <p className="mt-2">{t.readOnly}</p>}
      </PageHeader>
      <MemberTable actorId={id} members={members} viewerId={user.id} canManage={canManage} />

      {canInvite ? (
        <>
          <section aria-labelledby="inviter" className="mt-12 max-w-3xl">
            <h2 id="inviter" className="text-2xl font-bold">
              {t.inviteHeading}
            </h2>
            <p className="mb-4 mt-2 text-muted">{t.inviteIntro}</p>
            <InviteForm actorId={id} />
          </section>
          <section aria-labelledby="invitations" className="mt-12">
            <h2 id="invitations" className="mb-4 text-2xl font-bold">
              {t.invitationsHeading}
            </h2>
            <PendingInvitations actorId={id} invitations={invitations} />
          </section>
        </>
      ) : null}

      {scope.membershipRole ? (
        <section aria-labelledby="quitter" className="mt-12 max-w-3xl border-t border-line pt-8">
          <h2 id="quitter" className="text-2xl font-bold">
            {t.leaveHeading}
          </h2>
          <p className="mb-4 mt-2 text-muted">{t.leaveIntro}</p>
          <LeaveForm actorId={id} organisationName={organisation.name} />
        </section>
      ) : null}
    </>
  );
}
