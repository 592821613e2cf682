// For the lead's members: the organisations asking to join, each with its message and the two
// answers. Shown only when there is something to answer, or just after an answer (its notice).
import Link from "next/link";
import type { ReactNode } from "react";
import type { PendingJoinRequest } from "@/lib/alliances/join-requests.queries";
import { allianceJoinCopy } from "@/lib/copy/alliance-join";
import { paths } from "@/lib/paths";
import { WorkspaceSection } from "./alliance-overview";
import { JoinDecisionForms } from "./join-forms";

const t = allianceJoinCopy.lead;

export function JoinRequestsSection({ allianceId, requests, notice }: { allianceId: string; requests: PendingJoinRequest[]; notice: ReactNode }) {
  if (requests.length === 0 && !notice) return null;
  return (
    <WorkspaceSection id="demandes" heading={t.heading}>
      {notice}
      {requests.length === 0 ? <p>{t.empty}</p> : null}
      <ul className="flex flex-col gap-6">
        {requests.map((request) => (
          <li key={request.id} className="rounded-md border border-line p-4">
            <p className="mb-2 font-semibold">
              {request.actorPublished ? <Link href={paths.actor(request.actorSlug)}>{request.actorName}</Link> : request.actorName}
              <span className="font-normal text-muted"> — {t.receivedOn(request.createdAt)}</span>
            </p>
            <blockquote className="mb-4 whitespace-pre-line border-l-4 border-line pl-4">{request.message}</blockquote>
            <JoinDecisionForms allianceId={allianceId} requestId={request.id} organisation={request.actorName} />
          </li>
        ))}
      </ul>
    </WorkspaceSection>
  );
}
