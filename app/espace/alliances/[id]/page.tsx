import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DoneNotice } from "@/components/ui/done-notice";
import { AllianceFacts, PartnerList, Timeline, WorkspaceSection } from "@/components/alliances/workspace/alliance-overview";
import { InviteSection } from "@/components/alliances/workspace/invite-section";
import { ResultsForm, StageForm, SubmitForm } from "@/components/alliances/workspace/lead-forms";
import { InvitationSection } from "@/components/alliances/workspace/invitation-section";
import { JoinRequestsSection } from "@/components/alliances/workspace/join-requests-section";
import { RatingForm } from "@/components/alliances/workspace/rating-form";
import { Scorecard } from "@/components/alliances/workspace/scorecard";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { allianceEditRule } from "@/lib/alliances/edits";
import { listPendingJoinRequests } from "@/lib/alliances/join-requests.queries";
import { allowedNextStages } from "@/lib/alliances/stages";
import { getAllianceForViewer, searchInvitableActors } from "@/lib/alliances/workspace.queries";
import { getPrincipal, requireUser } from "@/lib/auth/session";
import { allianceJoinCopy as joinCopy } from "@/lib/copy/alliance-join";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { conversationsCopy } from "@/lib/copy/conversations";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = alliancesWorkspaceCopy;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[]; demande?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await getAllianceForViewer(await getPrincipal(), (await params).id);
  return { title: view?.alliance.title ?? t.list.title };
}

export default async function WorkspaceAlliancePage({ params, searchParams }: Props) {
  await requireUser();
  const { id } = await params;
  const view = await getAllianceForViewer(await getPrincipal(), id);
  if (!view) notFound();
  const crumbs = [
    { label: labels.breadcrumbs.home, href: paths.home() },
    { label: t.workspace, href: paths.workspace() },
    { label: t.list.title, href: paths.workspaceAlliances() },
  ];

  if (view.access === "invited") {
    return (
      <>
        <Breadcrumbs items={crumbs} current={view.alliance.title} />
        <PageHeader title={view.alliance.title}>{view.alliance.summary ? <p>{view.alliance.summary}</p> : null}</PageHeader>
        {/* An invitation's thread is the alliance's: the invited organisation reads and writes it. */}
        <p className="mb-6">
          <Link href={paths.conversation("alliance", view.alliance.id)}>{conversationsCopy.fromAlliance}</Link>
        </p>
        {view.standing.invited.map((organisation) => (
          <InvitationSection key={organisation.actorId} alliance={view.alliance} organisation={organisation} withFacts />
        ))}
      </>
    );
  }

  const { alliance, standing } = view;
  const { q: rawQ, demande } = await searchParams;
  const q = (Array.isArray(rawQ) ? rawQ[0] : rawQ)?.trim().slice(0, 100) ?? "";
  const [candidates, joinRequests] = await Promise.all([
    standing.isLeadMember && q ? searchInvitableActors(alliance.id, q) : [],
    standing.isLeadMember ? listPendingJoinRequests(await getPrincipal(), alliance.id) : [],
  ]);
  const joinNotice = demande === "acceptee" ? joinCopy.messages.accepted : demande === "declinee" ? joinCopy.messages.declined : null;
  return (
    <>
      <Breadcrumbs items={crumbs} current={alliance.title} />
      <PageHeader title={alliance.title}>{alliance.summary ? <p>{alliance.summary}</p> : null}</PageHeader>
      <AllianceFacts alliance={alliance} />
      <p className="mt-6 flex flex-wrap gap-4">
        {standing.isLeadMember ? (
          <ButtonLink href={paths.workspaceAllianceEdit(alliance.id)} variant="secondary">
            {t.detail.edit}
          </ButtonLink>
        ) : null}
        {alliance.status === "PUBLISHED" ? <Link href={paths.alliance(alliance.slug)}>{t.detail.publicPage}</Link> : null}
        <Link href={paths.conversation("alliance", alliance.id)}>{conversationsCopy.fromAlliance}</Link>
      </p>
      {/* The facts and partners are on the page already, above and below. */}
      {standing.invited.map((organisation) => (
        <InvitationSection key={organisation.actorId} alliance={alliance} organisation={organisation} withFacts={false} />
      ))}
      {standing.isLeadMember ? (
        <JoinRequestsSection
          allianceId={alliance.id}
          requests={joinRequests}
          notice={joinNotice ? <DoneNotice message={joinNotice} clear="demande" /> : null}
        />
      ) : null}
      <WorkspaceSection id="partenaires" heading={t.detail.partnersHeading}>
        <PartnerList partners={alliance.partners} />
      </WorkspaceSection>
      {standing.isLeadMember ? (
        <WorkspaceSection id="inviter" heading={t.invite.heading}>
          <InviteSection id={alliance.id} q={q} candidates={candidates} />
        </WorkspaceSection>
      ) : null}
      {standing.isLeadMember ? (
        <WorkspaceSection id="etape" heading={t.stage.heading}>
          <StageForm key={alliance.version} id={alliance.id} version={alliance.version} nextStages={allowedNextStages(alliance.stage)} />
        </WorkspaceSection>
      ) : null}
      <WorkspaceSection id="historique" heading={t.detail.timelineHeading}>
        <Timeline events={alliance.events} />
      </WorkspaceSection>
      <WorkspaceSection id="resultats" heading={t.detail.resultsHeading}>
        {standing.isLeadMember ? (
          <ResultsForm
            id={alliance.id}
            version={alliance.version}
            results={alliance.results}
            rule={t.editRules[allianceEditRule(alliance.status, alliance.leadVerified)]}
          />
        ) : alliance.results ? (
          <p className="whitespace-pre-line">{alliance.results}</p>
        ) : (
          <p>{t.detail.resultsEmpty}</p>
        )}
      </WorkspaceSection>
      <WorkspaceSection id="tableau-de-bord" heading={t.scorecard.heading}>
        <p className="mb-4">{t.scorecard.intro}</p>
        <Scorecard ratings={alliance.ratings} />
        {standing.confirmed.map((organisation) => {
          const current = alliance.ratings.find((rating) => rating.actorId === organisation.actorId);
          return <RatingForm key={organisation.actorId} id={alliance.id} actorId={organisation.actorId} actorName={organisation.actorName} current={current} />;
        })}
      </WorkspaceSection>
      {standing.isLeadMember ? (
        <WorkspaceSection id="publication" heading={t.submit.heading}>
          {alliance.status === "PENDING" ? <p role="status">{t.submit.pending}</p> : null}
          {alliance.status === "PUBLISHED" ? <p>{alliance.leadVerified ? t.submit.published : t.submit.publishedUnverified}</p> : null}
          {alliance.status === "DRAFT" || alliance.status === "REJECTED" ? (
            standing.isLeadAdmin ? (
              <SubmitForm id={alliance.id} version={alliance.version} />
            ) : (
              <p>{t.submit.adminOnly}</p>
            )
          ) : null}
        </WorkspaceSection>
      ) : null}
    </>
  );
}
