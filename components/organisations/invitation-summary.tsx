// What an invitation says before the invitee accepts it (issue #19): who invites, with which role,
// and what the organisation is (type, territories, the start of its presentation). Shown on the
// invitation link's page and in the workspace's list of invitations received.
import type { ReactNode } from "react";
import { organisationsLabels } from "@/lib/copy/organisations";
import type { InvitationDetails } from "@/lib/organisations/organisations.queries";

const t = organisationsLabels.invitation;

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd className="mb-2 sm:mb-0">{children}</dd>
    </div>
  );
}

export function InvitationSummary({ invitation }: { invitation: InvitationDetails }) {
  return (
    <dl aria-label={t.detailsLabel(invitation.organisationName)} className="mb-6 max-w-3xl space-y-2 rounded-lg border border-line p-4">
      <Item term={t.invitedBy}>{invitation.inviterName ?? t.unknownInviter}</Item>
      <Item term={t.proposedRole}>
        {organisationsLabels.roles[invitation.role]}
        <span className="block text-sm text-muted">{t.roleHints[invitation.role]}</span>
      </Item>
      <Item term={t.organisationKind}>{organisationsLabels.kinds[invitation.organisationKind]}</Item>
      <Item term={t.territories}>{invitation.territories.length > 0 ? t.territoryList(invitation.territories, invitation.territoryCount) : t.noTerritory}</Item>
      <Item term={t.description}>{invitation.description || t.noDescription}</Item>
      <Item term={t.validUntil}>{organisationsLabels.formatDate(invitation.expiresAt)}</Item>
    </dl>
  );
}
