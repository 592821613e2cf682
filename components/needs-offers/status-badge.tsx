import type { ModerationStatus } from "@/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { needsOffersCopy } from "@/lib/copy/needs-offers";

export function StatusBadge({ status }: { status: ModerationStatus }) {
  return <Badge tone={status === "PUBLISHED" ? "brand" : "neutral"}>{needsOffersCopy.statuses[status]}</Badge>;
}
