import { EmptyState } from "@/components/ui/empty-state";
import { labels } from "@/lib/labels";
import type { PendingInvitationRow } from "@/lib/organisations/organisations.queries";
import { RevokeInvitationForm } from "./invitation-forms";

const t = labels.organisations.members;
const cell = "border-b border-line px-3 py-2 align-top";

/** Open invitations of the organisation, each with its "cancel" button (admins only). */
export function PendingInvitations({ actorId, invitations }: { actorId: string; invitations: PendingInvitationRow[] }) {
  if (invitations.length === 0) return <EmptyState title={t.invitationsEmpty} />;
  return (
    <div role="region" aria-labelledby="invitations-legende" tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-left">
        <caption id="invitations-legende" className="sr-only">
          {t.invitationsCaption}
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className={cell}>
              {t.email}
            </th>
            <th scope="col" className={cell}>
              {t.role}
            </th>
            <th scope="col" className={cell}>
              {t.expiresAt}
            </th>
            <th scope="col" className={cell}>
              {t.actions}
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row" className={`${cell} break-all font-semibold`}>
                {invitation.email}
              </th>
              <td className={cell}>{labels.organisations.roles[invitation.role]}</td>
              <td className={`${cell} whitespace-nowrap`}>{labels.organisations.formatDate(invitation.expiresAt)}</td>
              <td className={cell}>
                <RevokeInvitationForm actorId={actorId} invitationId={invitation.id} email={invitation.email} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
