// What an invited organisation reads before answering: who invites (the lead organisation), with
// which role, and, when the viewer sees nothing else of the alliance, what it is (mode, stage,
// dates) and with whom. Then the two answers.
import { Facts } from "@/components/ui/facts";
import type { AllianceSummaryView } from "@/lib/alliances/workspace.queries";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { labels } from "@/lib/labels";
import { PartnerList, WorkspaceSection } from "./alliance-overview";
import { InvitationResponse } from "./partner-forms";

const t = alliancesWorkspaceCopy.detail;

function datesText(alliance: AllianceSummaryView): string {
  const text = labels.directories.alliance;
  if (alliance.startDate && alliance.endDate) return text.between(alliance.startDate, alliance.endDate);
  if (alliance.startDate) return text.since(alliance.startDate);
  if (alliance.endDate) return text.until(alliance.endDate);
  return text.datesUnknown;
}

type Props = { alliance: AllianceSummaryView; organisation: { actorId: string; actorName: string; roleLabel: string | null }; withFacts: boolean };

export function InvitationSection({ alliance, organisation, withFacts }: Props) {
  const sectionId = `invitation-${organisation.actorId}`;
  return (
    <WorkspaceSection id={sectionId} heading={t.invitedHeading}>
      <p className="mb-2 font-semibold">{alliance.leadName ? t.invitedBy(alliance.leadName) : t.invitedByUnknown}</p>
      <p className="mb-2">{t.invitedIntro(organisation.actorName)}</p>
      <p className="mb-6">{organisation.roleLabel ? t.invitedRole(organisation.roleLabel) : t.invitedRoleNone}</p>
      {withFacts ? (
        <>
          <Facts
            className="mb-6"
            items={[
              {
                term: t.mode,
                value: labels.allianceModes[alliance.mode].label + (alliance.mecenatKind ? ` (${labels.directories.mecenatKinds[alliance.mecenatKind]})` : ""),
              },
              { term: t.stage, value: labels.directories.stages[alliance.stage] },
              { term: t.dates, value: datesText(alliance) },
            ]}
          />
          <h3 className="mb-3 text-xl font-bold">{t.invitedPartners}</h3>
          <div className="mb-6">
            <PartnerList partners={alliance.partners} />
          </div>
        </>
      ) : null}
      <InvitationResponse id={alliance.id} actorId={organisation.actorId} allianceTitle={alliance.title} />
    </WorkspaceSection>
  );
}
