import type { ModerationStatus } from "@/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { isUnpublishedByStaff } from "@/lib/content-admin/content-admin";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { needsOffersCopy } from "@/lib/copy/needs-offers";

/** The status in words; a draft that kept the team's reason reads « Dépublié par l'équipe ». */
export function StatusBadge({ status, reason }: { status: ModerationStatus; reason?: string | null }) {
  const label = isUnpublishedByStaff(status, reason) ? adminContentCopy.workspace.needOfferLabel : needsOffersCopy.statuses[status];
  return <Badge tone={status === "PUBLISHED" ? "brand" : "neutral"}>{label}</Badge>;
}
