import Link from "next/link";
import { ProfileSection, ProfileTerritories } from "@/components/directory/profile-section";
import { SdgBadgeList } from "@/components/sdg/sdg-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { PublicActor, PublicNeedOffer } from "@/lib/actors/public-page.queries";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

/** Name, kind, website and network of an actor: the top of its page. */
export function ActorHeader({ actor }: { actor: PublicActor }) {
  const text = labels.directories.actor;
  return (
    <div className="mb-8 max-w-3xl">
      {actor.logoUrl ? <img src={actor.logoUrl} alt={organisationProfileCopy.publicLogoAlt(actor.name)} className="mb-4 max-h-24 w-auto" /> : null}
      <div className="flex flex-wrap gap-2">
        <Badge>{labels.organisations.kinds[actor.kind]}</Badge>
        {actor.verified ? <Badge tone="neutral">{text.verified}</Badge> : null}
      </div>
      <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{actor.name}</h1>
      {actor.parent ? (
        <p className="mt-2 text-muted">
          {text.network} <Link href={paths.actor(actor.parent.slug)}>{actor.parent.name}</Link>
        </p>
      ) : null}
      {actor.website && /^https?:\/\//i.test(actor.website) ? (
        <p className="mt-2">
          <a href={actor.website} target="_blank" rel="noopener noreferrer nofollow" aria-label={text.websiteLabel(actor.name)}>
            {text.website}
          </a>
        </p>
      ) : null}
      {actor.description ? <p className="mt-4 text-lg whitespace-pre-line">{actor.description}</p> : null}
    </div>
  );
}

function NeedOfferList({ items, empty }: { items: PublicNeedOffer[]; empty: string }) {
  const text = labels.directories;
  if (items.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {items.map((item) => (
        <li key={item.id} className="rounded-lg border border-line p-4">
          <h3 className="text-lg font-bold">{item.title}</h3>
          <p className="mt-1 flex flex-wrap gap-2">
            <Badge>{labels.allianceModes[item.mode].label}</Badge>
            <Badge tone="neutral">{text.themes[item.theme]}</Badge>
          </p>
          {item.description ? <p className="mt-2">{item.description}</p> : null}
          <p className="mt-2 text-sm text-muted">
            <Link href={paths.territory(item.territory.kind, item.territory.code)}>{item.territory.name}</Link>
            {item.sdgTargetCode ? ` · ${text.actor.target(item.sdgTargetCode)}` : null}
            {item.validUntil ? ` · ${text.actor.validUntil(item.validUntil)}` : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Where the actor acts, its goals, its alliances, its needs and offers. */
export function ActorDetails({ actor }: { actor: PublicActor }) {
  const text = labels.directories.actor;
  return (
    <>
      <ProfileSection id="territoires" heading={text.territoriesHeading}>
        <ProfileTerritories territories={actor.territories} empty={text.territoriesEmpty} />
      </ProfileSection>
      <ProfileSection id="odd" heading={text.sdgsHeading}>
        {actor.sdgs.length === 0 ? <EmptyState title={text.sdgsEmpty} /> : <SdgBadgeList sdgs={actor.sdgs} size="large" />}
      </ProfileSection>
      <ProfileSection id="alliances" heading={text.alliancesHeading}>
        {actor.alliances.length === 0 ? (
          <EmptyState title={text.alliancesEmpty} />
        ) : (
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {actor.alliances.map((alliance) => (
              <li key={alliance.slug} className="rounded-lg border border-line p-4">
                <h3 className="text-lg font-bold">
                  <Link href={paths.alliance(alliance.slug)}>{alliance.title}</Link>
                </h3>
                <p className="mt-1 flex flex-wrap gap-2">
                  <Badge>{labels.allianceModes[alliance.mode].label}</Badge>
                  <Badge tone="neutral">{labels.directories.stages[alliance.stage]}</Badge>
                </p>
                <p className="mt-2 text-sm text-muted">
                  {labels.directories.alliance.roles[alliance.role]}
                  {alliance.roleLabel ? ` : ${alliance.roleLabel}` : null}
                </p>
                {alliance.summary ? <p className="mt-1">{alliance.summary}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </ProfileSection>
      {actor.localTeams.length > 0 ? (
        <ProfileSection id="equipes-locales" heading={text.localTeams}>
          <ul className="list-disc space-y-1 pl-5">
            {actor.localTeams.map((team) => (
              <li key={team.slug}>
                <Link href={paths.actor(team.slug)}>{team.name}</Link>
              </li>
            ))}
          </ul>
        </ProfileSection>
      ) : null}
      <ProfileSection id="besoins" heading={text.needsHeading}>
        <NeedOfferList items={actor.needs} empty={text.needsEmpty} />
      </ProfileSection>
      <ProfileSection id="offres" heading={text.offersHeading}>
        <NeedOfferList items={actor.offers} empty={text.offersEmpty} />
      </ProfileSection>
    </>
  );
}
