import type { TerritoryKind } from "@/generated/prisma/client";
import { Badge } from "@/components/ui/badge";
import { labels } from "@/lib/labels";

export function TerritoryKindBadge({ kind, isArrondissement = false }: { kind: TerritoryKind; isArrondissement?: boolean }) {
  return <Badge>{isArrondissement ? labels.arrondissement : labels.territoryKinds[kind].label}</Badge>;
}
