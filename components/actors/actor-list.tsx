import Link from "next/link";
import { InlineLinks, territoryLink } from "@/components/directory/inline-links";
import { ScopeBadge } from "@/components/directory/scope-badge";
import { SdgBadgeList } from "@/components/sdg/sdg-badge";
import { Badge } from "@/components/ui/badge";
import type { ActorListItem } from "@/lib/actors/actors.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import type { SdgSummary } from "@/lib/sdg/sdg.queries";

/** Actors as search results: name (linked), kind, where they act, their SDGs and a summary. */
export function ActorList({ items, sdgs, territoryName }: { items: ActorListItem[]; sdgs: SdgSummary[]; territoryName?: string }) {
  const text = labels.directories.actors;
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
              <Badge>{labels.organisations.kinds[actor.kind]}</Badge>
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
