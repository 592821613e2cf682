import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { labels } from "@/lib/labels";
import type { MyInvitation, MyOrganisation } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";
import { AcceptInvitationForm } from "./invitation-forms";
import { InvitationSummary } from "./invitation-summary";

const t = labels.organisations;

/** For the workspace dashboard: the viewer's organisations (from listMyOrganisations). */
export function MyOrganisationList({ organisations }: { organisations: MyOrganisation[] }) {
  return (
    <ul className="space-y-3">
      {organisations.map((organisation) => (
        <li key={organisation.id} className="rounded-lg border border-line p-4">
          <Link href={paths.organisation(organisation.id)} className="text-lg font-semibold">
            {organisation.name}
          </Link>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-muted">
            <span>{t.kinds[organisation.kind]}</span>
            <span aria-hidden="true">·</span>
            <span>{t.roles[organisation.role]}</span>
            <span aria-hidden="true">·</span>
            <Badge tone={organisation.status === "PUBLISHED" ? "brand" : "neutral"}>{t.statuses[organisation.status].label}</Badge>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** For the workspace dashboard: invitations addressed to the viewer (from listMyPendingInvitations). */
export function MyInvitationList({ invitations }: { invitations: MyInvitation[] }) {
  return (
    <ul className="space-y-3">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="rounded-lg border border-line p-4">
          <p className="mb-3 font-semibold">{t.invitation.myInvitation(invitation.organisationName, t.roles[invitation.role])}</p>
          <InvitationSummary invitation={invitation} />
          <AcceptInvitationForm invitationId={invitation.id} organisationName={invitation.organisationName} />
        </li>
      ))}
    </ul>
  );
}
