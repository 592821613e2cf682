import Link from "next/link";
import { InlineLinks, territoryLink } from "@/components/directory/inline-links";
import { ScopeBadge } from "@/components/directory/scope-badge";
import { Badge } from "@/components/ui/badge";
import type { AllianceListItem } from "@/lib/alliances/alliances.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

/** Alliances as search results: title (linked), mode and stage, partners, territories, targets. */
export function AllianceList({ items, territoryName }: { items: AllianceListItem[]; territoryName?: string }) {
  const text = labels.directories;
  return (
    <ul className="divide-y divide-line border-y border-line">
      {items.map((alliance) => {
        const morePartners = alliance.partnerCount - alliance.partners.length;
        const moreTerritories = alliance.territoryCount - alliance.territories.length;
        return (
          <li key={alliance.slug} className="py-5">
            <h3 className="text-lg font-bold">
              <Link href={paths.alliance(alliance.slug)}>{alliance.title}</Link>
            </h3>
            <p className="mt-1 flex flex-wrap gap-2">
              <Badge>{labels.allianceModes[alliance.mode].label}</Badge>
              <Badge tone="neutral">{text.stages[alliance.stage]}</Badge>
              {alliance.scope && territoryName ? <ScopeBadge scope={alliance.scope} territoryName={territoryName} /> : null}
            </p>
            {alliance.summary ? <p className="mt-2">{alliance.summary}</p> : null}
            {alliance.partners.length > 0 ? (
              <p className="mt-1 text-sm text-muted">
                {text.alliances.partnersLabel}{" "}
                <InlineLinks
                  items={alliance.partners.map((partner) => ({ key: partner.slug, href: paths.actor(partner.slug), label: partner.name }))}
                  more={morePartners > 0 ? text.alliances.morePartners(morePartners) : null}
                />
              </p>
            ) : null}
            {alliance.territories.length > 0 ? (
              <p className="mt-1 text-sm text-muted">
                {text.actors.territoriesLabel}{" "}
                <InlineLinks items={alliance.territories.map(territoryLink)} more={moreTerritories > 0 ? text.actors.moreTerritories(moreTerritories) : null} />
              </p>
            ) : null}
            {alliance.targetCodes.length > 0 ? (
              <p className="mt-1 text-sm text-muted">{alliance.targetCodes.map((code) => text.sdgPages.target(code)).join(" · ")}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
