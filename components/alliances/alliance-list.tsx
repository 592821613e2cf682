"use client";

import Link from "next/link";
import { InlineLinks, territoryLink } from "@/components/directory/inline-links";
import { ScopeBadge } from "@/components/directory/scope-badge";
import { Badge } from "@/components/ui/badge";
import type { AllianceListItem } from "@/lib/alliances/alliances.queries";
import { allianceModeNames, allianceStageLabels, directoryListLabels as text } from "@/lib/copy/directory-lists";
import { paths } from "@/lib/paths";

/**
 * Alliances as search results: title (linked), mode and stage, partners, territories, targets.
 * A client component for the reason given in components/actors/actor-list-view.tsx.
 */
export function AllianceList({ items, territoryName }: { items: AllianceListItem[]; territoryName?: string }) {
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
              <Badge>{allianceModeNames[alliance.mode]}</Badge>
              <Badge tone="neutral">{allianceStageLabels[alliance.stage]}</Badge>
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
              <p className="mt-1 text-sm text-muted">{alliance.targetCodes.map((code) => text.target(code)).join(" · ")}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
