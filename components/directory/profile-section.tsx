import Link from "next/link";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import type { TerritoryKind } from "@/generated/prisma/enums";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

/** A titled section of a public profile (actor, alliance), named by its heading for landmarks. */
export function ProfileSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** The territories of a profile, each linked to its page with its kind; or why there are none. */
export function ProfileTerritories({ territories, empty }: { territories: { kind: TerritoryKind; code: string; name: string }[]; empty: string }) {
  if (territories.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2">
      {territories.map((territory) => (
        <li key={`${territory.kind}-${territory.code}`}>
          <Link href={paths.territory(territory.kind, territory.code)} className="font-semibold">
            {territory.name}
          </Link>{" "}
          <span className="text-muted">({labels.territoryKinds[territory.kind].label})</span>
        </li>
      ))}
    </ul>
  );
}
