import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import type { TerritoryPresence as Presence } from "@/lib/territories/territories.queries";

function PresenceSection({
  id,
  heading,
  count,
  countText,
  emptyText,
  items,
}: {
  id: string;
  heading: string;
  count: number;
  countText: string;
  emptyText: string;
  items: { href: string; label: string }[];
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
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

/** Published actors and alliances on the territory or inside it. */
export function TerritoryPresence({ presence }: { presence: Presence }) {
  return (
    <>
      <PresenceSection
        id="acteurs-presents"
        heading={labels.territory.actorsHeading}
        count={presence.actorCount}
        countText={labels.territory.actorsCount(presence.actorCount)}
        emptyText={labels.territory.actorsEmpty}
        items={presence.actors.map((actor) => ({ href: paths.actor(actor.slug), label: actor.name }))}
      />
      <PresenceSection
        id="alliances"
        heading={labels.territory.alliancesHeading}
        count={presence.allianceCount}
        countText={labels.territory.alliancesCount(presence.allianceCount)}
        emptyText={labels.territory.alliancesEmpty}
        items={presence.alliances.map((alliance) => ({ href: paths.alliance(alliance.slug), label: alliance.title }))}
      />
    </>
  );
}
