// What every confirmed partner sees of an alliance in the workspace: key facts, partners (with
// pending invitations), results and the timeline, newest first.
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { WorkspaceAllianceView } from "@/lib/alliances/workspace.queries";
import { isUnpublishedByStaff } from "@/lib/content-admin/content-admin";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { labels } from "@/lib/labels";
import { formatDateTime } from "@/lib/text/dates";

const t = alliancesWorkspaceCopy.detail;
const stages = labels.directories.stages;

export function WorkspaceSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titre`} id={id} className="mt-10 max-w-3xl">
      <h2 id={`${id}-titre`} className="mb-4 text-2xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

export function AllianceFacts({ alliance }: { alliance: WorkspaceAllianceView }) {
  const facts = [
    {
      term: t.status,
      value: isUnpublishedByStaff(alliance.status, alliance.moderationReason)
        ? adminContentCopy.unpublishedStatus
        : alliancesWorkspaceCopy.statuses[alliance.status],
    },
    { term: t.stage, value: stages[alliance.stage] },
    {
      term: t.mode,
      value: labels.allianceModes[alliance.mode].label + (alliance.mecenatKind ? ` (${labels.directories.mecenatKinds[alliance.mecenatKind]})` : ""),
    },
  ];
  return (
    <>
      <dl className="grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-3">
        {facts.map((fact) => (
          <div key={fact.term} className="rounded-lg border border-line bg-surface p-4">
            <dt className="text-sm text-muted">{fact.term}</dt>
            <dd className="font-semibold">{fact.value}</dd>
          </div>
        ))}
      </dl>
      {alliance.status === "REJECTED" && alliance.moderationReason ? <p className="mt-4 max-w-3xl">{t.moderationReason(alliance.moderationReason)}</p> : null}
      {isUnpublishedByStaff(alliance.status, alliance.moderationReason) ? (
        <div className="mt-4 max-w-3xl rounded-lg border border-line bg-surface p-4">
          <p>{adminContentCopy.workspace.allianceText}</p>
          <p className="mt-2 whitespace-pre-line">{adminContentCopy.workspace.reason(alliance.moderationReason!)}</p>
        </div>
      ) : null}
      {alliance.description ? <p className="mt-6 max-w-3xl whitespace-pre-line">{alliance.description}</p> : null}
    </>
  );
}

export function PartnerList({ partners }: { partners: WorkspaceAllianceView["partners"] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {partners.map((partner) => (
        <li key={partner.actorId} className="rounded-lg border border-line p-4">
          <p className="font-bold">{partner.name}</p>
          <p className="mt-1 flex flex-wrap gap-2">
            <Badge>{labels.directories.alliance.roles[partner.role]}</Badge>
            <Badge tone="neutral">{alliancesWorkspaceCopy.partnerStatuses[partner.status]}</Badge>
          </p>
          {partner.roleLabel ? <p className="mt-2 text-muted">{partner.roleLabel}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function Timeline({ events }: { events: WorkspaceAllianceView["events"] }) {
  if (events.length === 0) return <EmptyState title={t.timelineEmpty} />;
  return (
    <ol className="space-y-4 border-l-2 border-line pl-5">
      {events.map((event) => (
        <li key={event.id}>
          <p className="font-semibold">
            {event.fromStage && event.toStage ? t.stageChange(stages[event.fromStage], stages[event.toStage]) : event.toStage ? stages[event.toStage] : null}
          </p>
          {event.comment ? <p className="whitespace-pre-line">{event.comment}</p> : null}
          <p className="text-sm text-muted">
            <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
            {event.authorName ? ` — ${t.by(event.authorName)}` : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
