import Link from "next/link";
import type { ReactNode } from "react";
import { ActorList } from "@/components/actors/actor-list";
import { AllianceList } from "@/components/alliances/alliance-list";
import { EmptyState } from "@/components/ui/empty-state";
import type { ActorSearchResult } from "@/lib/actors/actors.queries";
import { actorSearchHref } from "@/lib/actors/actors.schemas";
import type { AllianceSearchResult } from "@/lib/alliances/alliances.queries";
import { allianceSearchHref } from "@/lib/alliances/alliances.schemas";
import type { TerritoryParam } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";
import type { SdgSummary } from "@/lib/sdg/sdg.queries";

function PresenceSection({
  id,
  heading,
  count,
  countText,
  emptyText,
  moreHref,
  moreText,
  children,
}: {
  id: string;
  heading: string;
  count: number;
  countText: string;
  emptyText: string;
  moreHref: string;
  moreText: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line p-5">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      <div className="mt-3">
        {count === 0 ? (
          <EmptyState title={emptyText} />
        ) : (
          <>
            <p>{countText}</p>
            <div className="mt-2">{children}</div>
            <p className="mt-3">
              <Link href={moreHref} className="font-semibold">
                {moreText}
              </Link>
            </p>
          </>
        )}
      </div>
    </section>
  );
}

/**
 * Published actors and alliances acting on the territory or inside it, with the list components
 * of the directories, and the way to the full directory filtered on this territory.
 */
export function TerritoryPresence({
  territory,
  actors,
  alliances,
  sdgs,
}: {
  territory: TerritoryParam;
  actors: ActorSearchResult;
  alliances: AllianceSearchResult;
  sdgs: SdgSummary[];
}) {
  const ref = { kind: territory.kind, code: territory.code };
  return (
    <>
      <PresenceSection
        id="acteurs-presents"
        heading={labels.territory.actorsHeading}
        count={actors.pageInfo.total}
        countText={labels.territory.actorsCount(actors.pageInfo.total)}
        emptyText={labels.territory.actorsEmpty}
        moreHref={actorSearchHref({ territory: ref })}
        moreText={labels.directories.actors.seeAllInTerritory}
      >
        <ActorList items={actors.items} sdgs={sdgs} />
      </PresenceSection>
      <PresenceSection
        id="alliances"
        heading={labels.territory.alliancesHeading}
        count={alliances.pageInfo.total}
        countText={labels.territory.alliancesCount(alliances.pageInfo.total)}
        emptyText={labels.territory.alliancesEmpty}
        moreHref={allianceSearchHref({ territory: ref })}
        moreText={labels.directories.alliances.seeAllInTerritory}
      >
        <AllianceList items={alliances.items} />
      </PresenceSection>
    </>
  );
}
