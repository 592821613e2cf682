import { Badge } from "@/components/ui/badge";
import type { ModerationStatus } from "@/generated/prisma/enums";
import { labels } from "@/lib/labels";

const t = labels.organisations;

/** Where the profile stands in moderation, said in words (never by colour alone). */
export function OrganisationStatus({ status, reason }: { status: ModerationStatus; reason?: string | null }) {
  const copy = t.statuses[status];
  return (
    <div className="rounded-lg border border-line bg-surface p-4">
      <p>
        <Badge tone={status === "PUBLISHED" ? "brand" : "neutral"}>{copy.label}</Badge>
      </p>
      <p className="mt-2">{copy.text}</p>
      {status === "REJECTED" && reason ? <p className="mt-2">{t.rejectionReason(reason)}</p> : null}
    </div>
  );
}
