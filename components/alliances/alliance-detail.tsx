import Link from "next/link";
import { ProfileSection, ProfileTerritories } from "@/components/directory/profile-section";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Facts } from "@/components/ui/facts";
import type { PublicAlliance } from "@/lib/alliances/public-page.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { allianceJoinCopy } from "@/lib/copy/alliance-join";

function datesText(alliance: PublicAlliance): string {
  const text = labels.directories.alliance;
  if (alliance.startDate && alliance.endDate) return text.between(alliance.startDate, alliance.endDate);
  if (alliance.startDate) return text.since(alliance.startDate);
  if (alliance.endDate) return text.until(alliance.endDate);
  return text.datesUnknown;
}

/** Title, summary and key facts (mode, stage, dates) of an alliance. */
export function AllianceHeader({ alliance }: { alliance: PublicAlliance }) {
  const text = labels.directories.alliance;
  const facts = [
    { term: text.mode, value: labels.allianceModes[alliance.mode].label },
    ...(alliance.mecenatKind ? [{ term: text.mecenatKind, value: labels.directories.mecenatKinds[alliance.mecenatKind] }] : []),
    { term: text.stage, value: labels.directories.stages[alliance.stage] },
    { term: text.dates, value: datesText(alliance) },
  ];
  return (
    <div className="mb-8">
      <h1 className="max-w-3xl text-3xl font-bold sm:text-4xl">{alliance.title}</h1>
      {alliance.summary ? <p className="mt-3 max-w-3xl text-lg text-muted">{alliance.summary}</p> : null}
      <Facts items={facts} className="mt-6" />
    </div>
  );
}

/** Partners with their roles, territories, targets, description and results. */
export function AllianceDetails({ alliance }: { alliance: PublicAlliance }) {
  const text = labels.directories.alliance;
  return (
    <>
      <ProfileSection id="partenaires" heading={text.partnersHeading}>
        {alliance.partners.length === 0 ? (
          <EmptyState title={text.partnersEmpty} />
        ) : (
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {alliance.partners.map((partner) => (
              <li key={partner.slug} className="rounded-lg border border-line p-4">
                <p className="font-bold">
                  <Link href={paths.actor(partner.slug)}>{partner.name}</Link>
                </p>
                <p className="mt-1 flex flex-wrap gap-2">
                  <Badge>{text.roles[partner.role]}</Badge>
                  <Badge tone="neutral">{labels.organisations.kinds[partner.kind]}</Badge>
                </p>
                {partner.roleLabel ? <p className="mt-2 text-muted">{partner.roleLabel}</p> : null}
              </li>
            ))}
          </ul>
        )}
        {/* The same for every visitor (the page is cached): the workspace page says who may ask. */}
        <p className="mt-4">
          <Link href={paths.workspaceAllianceJoin(alliance.slug)} className="font-semibold" aria-describedby="rejoindre-aide">
            {allianceJoinCopy.publicLink}
          </Link>{" "}
          <span id="rejoindre-aide" className="text-muted">
            {allianceJoinCopy.publicHint}
          </span>
        </p>
      </ProfileSection>
      <ProfileSection id="presentation" heading={text.descriptionHeading}>
        <p className="max-w-3xl whitespace-pre-line">{alliance.description}</p>
      </ProfileSection>
      <ProfileSection id="resultats" heading={text.resultsHeading}>
        {alliance.results ? <p className="max-w-3xl whitespace-pre-line">{alliance.results}</p> : <EmptyState title={text.resultsEmpty} />}
      </ProfileSection>
      <ProfileSection id="territoires" heading={text.territoriesHeading}>
        <ProfileTerritories territories={alliance.territories} empty={text.territoriesEmpty} />
      </ProfileSection>
      <ProfileSection id="cibles" heading={text.targetsHeading}>
        {alliance.targets.length === 0 ? (
          <EmptyState title={text.targetsEmpty} />
        ) : (
          <ul className="space-y-3">
            {alliance.targets.map((target) => (
              <li key={target.code} className="max-w-3xl">
                <Link href={`${paths.sdg(17)}#cible-${target.code.replace(".", "-")}`} className="font-semibold">
                  {labels.directories.sdgPages.target(target.code)}
                </Link>{" "}
                : {target.text}
                {target.verified ? null : <span className="ml-1 text-sm text-muted">({labels.directories.sdgPages.unverified})</span>}
              </li>
            ))}
          </ul>
        )}
      </ProfileSection>
    </>
  );
}
