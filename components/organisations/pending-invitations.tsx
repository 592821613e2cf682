import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { labels } from "@/lib/labels";
import type { PendingInvitationRow } from "@/lib/organisations/organisations.queries";
import { RevokeInvitationForm } from "./invitation-forms";

const t = labels.organisations.members;

/** Open invitations of the organisation, each with its "cancel" button (admins only). */
export function PendingInvitations({ actorId, invitations }: { actorId: string; invitations: PendingInvitationRow[] }) {
  const columns: DataColumn<PendingInvitationRow>[] = [
    { header: t.email, rowHeader: true, className: "break-all", cell: (invitation) => invitation.email },
    { header: t.role, cell: (invitation) => labels.organisations.roles[invitation.role] },
    { header: t.expiresAt, className: "whitespace-nowrap", cell: (invitation) => labels.organisations.formatDate(invitation.expiresAt) },
    { header: t.actions, cell: (invitation) => <RevokeInvitationForm actorId={actorId} invitationId={invitation.id} email={invitation.email} /> },
  ];
  return (
    <DataTable
      id="invitations-legende"
      caption={t.invitationsCaption}
      columns={columns}
      rows={invitations}
      rowKey={(invitation) => invitation.id}
      empty={t.invitationsEmpty}
    />
  );
}
