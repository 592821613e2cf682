// The sections of the network page, each with its heading: the team's head, pending requests,
// the head's dashboard (map, table, recommendations) and the form to propose a link.
import Link from "next/link";
import { AreaMap } from "@/components/map/area-map";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchForm } from "@/components/ui/search-form";
import { conversationsCopy } from "@/lib/copy/conversations";
import { networksLabels } from "@/lib/copy/networks";
import type { MapScale } from "@/lib/directory/directory";
import { countTeamsByArea, filterTeamsByArea } from "@/lib/networks/dashboard";
import type { NetworkOverview, NetworkTeamRow, RecommendationRow } from "@/lib/networks/networks.queries";
import { paths } from "@/lib/paths";
import { EndLinkForm, RecommendKitForm, RequestLinkForm } from "./link-forms";
import { RecommendationList, RequestsTable, TeamsTable } from "./network-views";

const t = networksLabels;

function Section({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

export function NetworkHeadSection({ actorId, head, canManage }: { actorId: string; head: NetworkOverview["head"]; canManage: boolean }) {
  return (
    <Section id="tete-de-reseau" heading={t.head.heading}>
      {head ? (
        <div className="max-w-3xl">
          <p className="mb-3">{t.head.memberOf(head.name)}</p>
          <p className="mb-3">
            <Link href={paths.conversation("reseau", head.linkId)}>{conversationsCopy.fromNetworkLink(head.name)}</Link>
          </p>
          {canManage ? (
            <EndLinkForm
              actorId={actorId}
              linkId={head.linkId}
              label={t.head.leave}
              hiddenSuffix={t.head.leaveSuffix(head.name)}
              confirm={t.requests.endConfirm(head.name)}
            />
          ) : null}
        </div>
      ) : (
        <EmptyState title={t.head.none} />
      )}
    </Section>
  );
}

export function NetworkRequestsSection({ actorId, overview, canManage }: { actorId: string; overview: NetworkOverview; canManage: boolean }) {
  return (
    <>
      <Section id="demandes-recues" heading={t.requests.incomingHeading}>
        <RequestsTable
          id="demandes-recues-legende"
          caption={t.requests.incomingHeading}
          actorId={actorId}
          rows={overview.incoming}
          mode="incoming"
          canManage={canManage}
        />
      </Section>
      <Section id="demandes-envoyees" heading={t.requests.outgoingHeading}>
        <RequestsTable
          id="demandes-envoyees-legende"
          caption={t.requests.outgoingHeading}
          actorId={actorId}
          rows={overview.outgoing}
          mode="outgoing"
          canManage={canManage}
        />
      </Section>
    </>
  );
}

export function NetworkTeamsSection(props: {
  actorId: string;
  teams: NetworkTeamRow[];
  scale: MapScale;
  zone: string | null;
  canManage: boolean;
  canRecommend: boolean;
  kits: { id: string; title: string }[];
  sent: RecommendationRow[];
}) {
  const { actorId, teams, scale, zone, canManage, canRecommend, kits, sent } = props;
  if (teams.length === 0) {
    return (
      <Section id="equipes" heading={t.teams.heading}>
        <EmptyState title={t.teams.empty} />
      </Section>
    );
  }
  const counts = countTeamsByArea(teams, scale);
  const shown = filterTeamsByArea(teams, scale, zone);
  const zoneName = counts.find((area) => area.code === zone)?.name;
  return (
    <>
      <Section id="equipes" heading={t.teams.heading}>
        {zone ? (
          <p className="mb-3">
            {t.teams.filtered(zoneName ?? zone)} <Link href={`${paths.organisationNetwork(actorId, { echelle: scale })}#equipes`}>{t.teams.showAll}</Link>
          </p>
        ) : null}
        {shown.length > 0 ? <TeamsTable headId={actorId} teams={shown} canManage={canManage} /> : <EmptyState title={t.teams.empty} />}
        <AreaMap
          scale={scale}
          counts={counts}
          selectedCode={zone}
          hrefFor={(code) => `${paths.organisationNetwork(actorId, { echelle: scale, zone: code })}#equipes`}
          scaleHref={(item) => `${paths.organisationNetwork(actorId, { echelle: item })}#equipes`}
        />
      </Section>
      {canRecommend ? (
        <Section id="recommander" heading={t.recommend.heading}>
          <p className="mb-4 max-w-3xl text-muted">{t.recommend.intro}</p>
          <RecommendKitForm headId={actorId} kits={kits} teams={teams.map((team) => ({ id: team.id, name: team.name }))} />
        </Section>
      ) : null}
      {sent.length > 0 ? (
        <Section id="recommandations-envoyees" heading={t.recommend.sentHeading}>
          <div className="max-w-3xl">
            <RecommendationList rows={sent} direction="sent" />
          </div>
        </Section>
      ) : null}
    </>
  );
}

export function NetworkProposeSection({
  actorId,
  q,
  candidates,
}: {
  actorId: string;
  q: string;
  candidates: { id: string; name: string; kindLabel: string }[];
}) {
  return (
    <Section id="relier" heading={t.propose.heading}>
      <p className="mb-4 max-w-3xl text-muted">{t.propose.intro}</p>
      <div className="max-w-3xl">
        <SearchForm
          action={paths.organisationNetwork(actorId)}
          id="recherche-organisation"
          label={t.propose.searchLabel}
          defaultValue={q}
          submitLabel={t.propose.searchSubmit}
        />
      </div>
      {q ? (
        <div className="mt-6">
          <h3 className="mb-3 text-xl font-bold">{t.propose.resultsHeading(q)}</h3>
          {q.length < 2 ? (
            <p>{t.propose.tooShort}</p>
          ) : candidates.length === 0 ? (
            <EmptyState title={t.propose.noResults} />
          ) : (
            <RequestLinkForm actorId={actorId} candidates={candidates} />
          )}
        </div>
      ) : null}
    </Section>
  );
}
