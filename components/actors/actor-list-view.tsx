"use client";

import Link from "next/link";
import { InlineLinks, territoryLink } from "@/components/directory/inline-links";
import { ScopeBadge } from "@/components/directory/scope-badge";
import { SdgBadgeList, type SdgBadgeData } from "@/components/sdg/sdg-badge";
import { Badge } from "@/components/ui/badge";
import type { ActorListItem } from "@/lib/actors/actors.queries";
import { actorKindLabels, directoryListLabels } from "@/lib/copy/directory-lists";
import { paths } from "@/lib/paths";

/**
 * Actors as search results: name (linked), kind, where they act, their SDGs and a summary.
 * A client component although it has no state: the page's RSC payload then carries each row as
 * data (about 0.4 kB) instead of its element tree (about 2.4 kB), which a cached directory page
 * sends on every request. The HTML is the same.
 */
export function ActorListView({ items, sdgs, territoryName }: { items: ActorListItem[]; sdgs: SdgBadgeData[]; territoryName?: string }) {
  const text = directoryListLabels.actors;
  const sdgByNumber = new Map(sdgs.map((sdg) => [sdg.number, sdg]));
  return (
    <ul className="divide-y divide-line border-y border-line">
      {items.map((actor) => {
        const more = actor.territoryCount - actor.territories.length;
        return (
          <li key={actor.slug} className="py-5">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              {/* Decorative: the organisation's name is the link right beside it. */}
              {actor.logoUrl ? <img src={actor.logoUrl} alt="" className="h-8 w-auto max-w-24 self-center object-contain" loading="lazy" /> : null}
              <h3 className="text-lg font-bold">
                <Link href={paths.actor(actor.slug)}>{actor.name}</Link>
              </h3>
              <Badge>{actorKindLabels[actor.kind]}</Badge>
              {actor.scope && territoryName ? <ScopeBadge scope={actor.scope} territoryName={territoryName} /> : null}
            </div>
            {actor.summary ? <p className="mt-1">{actor.summary}</p> : null}
            <p className="mt-1 text-sm text-muted">
              {actor.territories.length === 0 ? (
                text.noTerritory
              ) : (
                <>
                  {text.territoriesLabel} <InlineLinks items={actor.territories.map(territoryLink)} more={more > 0 ? text.moreTerritories(more) : null} />
                </>
              )}
            </p>
            <div className="mt-2">
              <SdgBadgeList label={text.sdgsLabel} sdgs={actor.sdgNumbers.flatMap((number) => sdgByNumber.get(number) ?? [])} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
