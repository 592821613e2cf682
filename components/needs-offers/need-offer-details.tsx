// What a need/offer says, as its organisation's members see it, with the note that explains its
// status (pending, refused, expired).
import { isUnpublishedByStaff } from "@/lib/content-admin/content-admin";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { labels } from "@/lib/labels";
import { isExpired } from "@/lib/matching/matching";
import type { NeedOfferDetail } from "@/lib/needs-offers/needs-offers.queries";
import { validityText } from "./needs-offers-list";
import { StatusBadge } from "./status-badge";

const t = needsOffersCopy.detail;

export function statusNote(item: NeedOfferDetail, now: Date): string | null {
  // A draft that kept the team's reason was unpublished by staff: say so (the reason follows).
  if (isUnpublishedByStaff(item.status, item.moderationReason)) return adminContentCopy.workspace.needOfferText;
  if (item.status === "PENDING" || item.status === "DRAFT") return t.pendingNote;
  if (item.status === "REJECTED") return t.rejectedNote;
  return isExpired(item.validUntil, now) ? t.expiredNote : null;
}

export function NeedOfferDetails({ item, now }: { item: NeedOfferDetail; now: Date }) {
  const mode = labels.allianceModes[item.mode].label + (item.mecenatKind ? ` — ${needsOffersCopy.mecenatKinds[item.mecenatKind].toLocaleLowerCase("fr")}` : "");
  const rows: [string, string][] = [
    [t.organisation, item.actor.name],
    [t.territory, `${item.territory.name} (${labels.territoryKinds[item.territory.kind].label} ${item.territory.code})`],
    [t.mode, mode],
    [t.theme, needsOffersCopy.themes[item.theme]],
    ...(item.sdgTargetCode ? ([[t.target, item.sdgTargetCode]] as [string, string][]) : []),
    [t.validity, validityText(item.validUntil, now)],
  ];
  const note = statusNote(item, now);
  return (
    <section aria-labelledby="informations" className="mb-8 max-w-3xl">
      <h2 id="informations" className="mb-4 text-2xl font-bold">
        {t.infoHeading}
      </h2>
      <p className="mb-2">
        <span className="font-semibold">{t.status} : </span>
        <StatusBadge status={item.status} reason={item.moderationReason} />
      </p>
      {note ? (
        <div className="mb-4 rounded-md border-l-4 border-odd17 bg-surface p-3">
          <p>{note}</p>
          {item.status === "REJECTED" && item.moderationReason ? <p className="mt-2 whitespace-pre-line">{t.rejectedReason(item.moderationReason)}</p> : null}
          {isUnpublishedByStaff(item.status, item.moderationReason) ? (
            <p className="mt-2 whitespace-pre-line">{adminContentCopy.workspace.reason(item.moderationReason!)}</p>
          ) : null}
        </div>
      ) : null}
      <p className="mb-4 whitespace-pre-line">{item.description}</p>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
