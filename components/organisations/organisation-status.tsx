import { Badge } from "@/components/ui/badge";
import type { ModerationStatus } from "@/generated/prisma/enums";
import { isUnpublishedByStaff } from "@/lib/content-admin/content-admin";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { labels } from "@/lib/labels";

const t = labels.organisations;

/** Where the profile stands in moderation, said in words (never by colour alone). */
export function OrganisationStatus({ status, reason }: { status: ModerationStatus; reason?: string | null }) {
  // A draft that kept the team's reason was unpublished by staff: say so, and why.
  const unpublished = isUnpublishedByStaff(status, reason);
  const copy = unpublished ? { label: adminContentCopy.unpublishedStatus, text: adminContentCopy.workspace.organisationText } : t.statuses[status];
  return (
    <div className="rounded-lg border border-line bg-surface p-4">
      <p>
        <Badge tone={status === "PUBLISHED" ? "brand" : "neutral"}>{copy.label}</Badge>
      </p>
      <p className="mt-2">{copy.text}</p>
      {status === "REJECTED" && reason ? <p className="mt-2">{t.rejectionReason(reason)}</p> : null}
      {unpublished && reason ? <p className="mt-2 whitespace-pre-line">{adminContentCopy.workspace.reason(reason)}</p> : null}
    </div>
  );
}
