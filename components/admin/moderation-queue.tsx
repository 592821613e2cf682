// The pending items of a page of the queue, oldest first: what each one is, who holds it, its
// checkbox for the bulk decision and its own decision form. Server-rendered; the forms are client
// components sharing the queue's state (moderation-decisions.tsx).
import { Fragment } from "react";
import { Badge } from "@/components/ui/badge";
import { formatDateTime, formatTime, isoDateTime } from "@/lib/text/dates";
import { labels } from "@/lib/labels";
import type { ModerationQueueItem } from "@/lib/moderation/moderation.queries";
import type { SavedReason } from "@/lib/moderation/saved-reasons.queries";
import { BULK_FORM_ID } from "./moderation-bulk-form";
import { ModerationClaimForm } from "./moderation-claim-form";
import { ModerationDecisionForm } from "./moderation-decision-form";
import { SelectAll, SelectItem } from "./moderation-decisions";

const t = labels.admin.moderation;

// Enum codes in the details become their French labels; free text is shown as typed.
function detailValue(key: string, value: string): string {
  switch (key) {
    case "kind":
      return labels.organisations.kinds[value as keyof typeof labels.organisations.kinds] ?? value;
    case "mode":
      return labels.allianceModes[value as keyof typeof labels.allianceModes]?.label ?? value;
    case "stage":
      return labels.directories.stages[value as keyof typeof labels.directories.stages] ?? value;
    case "theme":
      return labels.directories.themes[value as keyof typeof labels.directories.themes] ?? value;
    default:
      return value;
  }
}

function detailLabel(key: string): string {
  return t.details[key as keyof typeof t.details] ?? key;
}

function WhatChanged({ item }: { item: ModerationQueueItem }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {item.firstSubmission === true ? <li>{t.firstSubmission}</li> : null}
      {item.firstSubmission === false && item.version !== null ? <li>{t.editOfPublished(item.version)}</li> : null}
      {item.previousRejection ? <li>{t.previousRejection(item.previousRejection)}</li> : null}
      <li>
        {item.lastChange ? (
          <>
            {labels.admin.auditAction(item.lastChange.action)} :{" "}
            {t.lastChange(item.lastChange.summary, formatDateTime(item.lastChange.createdAt), item.lastChange.by)}
          </>
        ) : (
          t.noHistory
        )}
      </li>
    </ul>
  );
}

function ClaimStatus({ item }: { item: ModerationQueueItem }) {
  const { claim } = item;
  const held = claim && !claim.mine;
  return (
    <div className="mt-3">
      {claim ? (
        <p className={held ? "font-semibold text-amber-900" : "text-muted"}>
          {claim.mine ? t.claimedByMe(formatTime(claim.claimedAt)) : t.claimedByOther(claim.by, formatTime(claim.claimedAt))}
        </p>
      ) : null}
      {held ? null : <ModerationClaimForm kind={item.kind} id={item.id} title={item.title} mine={Boolean(claim?.mine)} />}
    </div>
  );
}

function QueueItem({ item, savedReasons }: { item: ModerationQueueItem; savedReasons: SavedReason[] }) {
  const headingId = `demande-${item.kind}-${item.id}`;
  const heldByOther = Boolean(item.claim && !item.claim.mine);
  return (
    <li>
      <article aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-4 sm:p-6">
        {heldByOther ? null : <SelectItem itemKey={`${item.kind}:${item.id}`} label={t.select(item.title)} form={BULK_FORM_ID} />}
        <p className="mb-1">
          <Badge tone="neutral">{t.kinds[item.kind]}</Badge>
        </p>
        <h3 id={headingId} className="text-xl font-bold break-words">
          {item.title}
        </h3>
        <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_minmax(0,1fr)]">
          <dt className="font-semibold">{t.organisation}</dt>
          <dd>
            {item.organisation ? (
              <>
                {item.organisation.name} <span className="text-muted">({t.organisationStatus(item.organisation.status)})</span>
              </>
            ) : (
              <span className="text-muted">{t.noOrganisation}</span>
            )}
          </dd>
          <dt className="font-semibold">{t.submittedAt}</dt>
          <dd>
            <time dateTime={isoDateTime(item.submittedAt)}>{formatDateTime(item.submittedAt)}</time>
          </dd>
          {item.details.map((detail) => (
            <Fragment key={detail.key}>
              <dt className="font-semibold">{detailLabel(detail.key)}</dt>
              <dd className="line-clamp-4 break-words whitespace-pre-line">{detailValue(detail.key, detail.value)}</dd>
            </Fragment>
          ))}
          <dt className="font-semibold">{t.whatChanged}</dt>
          <dd>
            <WhatChanged item={item} />
          </dd>
        </dl>
        <ClaimStatus item={item} />
        {heldByOther ? null : <ModerationDecisionForm kind={item.kind} id={item.id} title={item.title} savedReasons={savedReasons} />}
      </article>
    </li>
  );
}

/** The pending items, oldest first, each with its decision form (inside <ModerationDecisions>). */
export function ModerationQueue({ items, savedReasons }: { items: ModerationQueueItem[]; savedReasons: SavedReason[] }) {
  const selectable = items.filter((item) => !item.claim || item.claim.mine).map((item) => `${item.kind}:${item.id}`);
  return (
    <>
      {selectable.length > 1 ? <SelectAll keys={selectable} label={t.selectAll} /> : null}
      <ol aria-label={t.caption} className="space-y-6">
        {items.map((item) => (
          <QueueItem key={`${item.kind}-${item.id}`} item={item} savedReasons={savedReasons} />
        ))}
      </ol>
    </>
  );
}
