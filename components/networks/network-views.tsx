// Read-only views of the network page: pending requests, the teams table of the head's
// dashboard, and kit recommendations. Buttons are only rendered for admins; the actions decide.
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { AllianceStage } from "@/generated/prisma/enums";
import { STAGE_ORDER } from "@/lib/alliances/stages";
import { networksLabels } from "@/lib/copy/networks";
import { labels } from "@/lib/labels";
import type { NetworkRequestRow, NetworkTeamRow, RecommendationRow } from "@/lib/networks/networks.queries";
import { paths } from "@/lib/paths";
import { DecisionForm, EndLinkForm } from "./link-forms";

const t = networksLabels;
export const cell = "border-b border-line px-3 py-2 align-top";

/**
 * A table named by its caption. Under 768 px each row becomes a card (the `stacked-table` rules of
 * app/globals.css): its row header on top, then each cell under its column's name (Cell), so that
 * nothing scrolls sideways from 320 px. Wider, it scrolls sideways if it must, reachable by keyboard.
 */
export function TableFrame({ id, caption, children }: { id: string; caption: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="stacked-table w-full border-collapse text-left">
        <caption id={id} className="sr-only">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/**
 * A data cell that shows its column's name above its content when the table is stacked. The name
 * is hidden from assistive technologies, which already read the cell with its column header.
 */
export function Cell({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <td className={`${cell} ${className}`.trim()}>
      <span aria-hidden="true" className="block text-sm font-semibold text-muted md:hidden">
        {label}
      </span>
      {children}
    </td>
  );
}

export function RequestsTable({ id, caption, actorId, rows, mode, canManage }: {
  id: string;
  caption: string;
  actorId: string;
  rows: NetworkRequestRow[];
  mode: "incoming" | "outgoing";
  canManage: boolean;
}) {
  if (rows.length === 0) return <EmptyState title={mode === "incoming" ? t.requests.incomingEmpty : t.requests.outgoingEmpty} />;
  return (
    <TableFrame id={id} caption={caption}>
      <thead className="bg-surface">
        <tr>
          <th scope="col" className={cell}>{t.requests.organisation}</th>
          <th scope="col" className={cell}>{t.requests.relation}</th>
          <th scope="col" className={cell}>{t.requests.message}</th>
          <th scope="col" className={cell}>{t.requests.date}</th>
          {canManage ? <th scope="col" className={cell}>{t.requests.actions}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.linkId}>
            <th scope="row" className={`${cell} font-semibold`}>
              {row.other.name}
              {row.requester ? <span className="block text-sm font-normal text-muted">{t.requests.requestedBy(row.requester)}</span> : null}
            </th>
            <Cell label={t.requests.relation}>
              {t.requests.relationOf(row.otherSide)}
              <span className="block text-sm text-muted">{t.requests.network(row.network.headName, row.network.kindLabel, row.network.teamCount)}</span>
            </Cell>
            <Cell label={t.requests.message} className="whitespace-pre-line">{row.message}</Cell>
            <Cell label={t.requests.date} className="md:whitespace-nowrap">{labels.organisations.formatDate(row.createdAt)}</Cell>
            {canManage ? (
              <td className={cell}>
                <div className="flex flex-wrap gap-2">
                  {mode === "incoming" ? (
                    <>
                      <DecisionForm actorId={actorId} linkId={row.linkId} decision="accept" organisationName={row.other.name} />
                      <DecisionForm actorId={actorId} linkId={row.linkId} decision="decline" organisationName={row.other.name} />
                    </>
                  ) : (
                    <EndLinkForm actorId={actorId} linkId={row.linkId} label={t.requests.cancel} hiddenSuffix={t.requests.suffix(row.other.name)} confirm={t.requests.cancelConfirm(row.other.name)} />
                  )}
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}

function stagesText(byStage: Partial<Record<AllianceStage, number>>): string {
  const parts = STAGE_ORDER.filter((stage) => byStage[stage]).map((stage) => `${labels.directories.stages[stage]} : ${byStage[stage]}`);
  return parts.length > 0 ? parts.join(", ") : t.teams.noAlliance;
}

export function TeamsTable({ headId, teams, canManage }: { headId: string; teams: NetworkTeamRow[]; canManage: boolean }) {
  return (
    <TableFrame id="equipes-legende" caption={t.teams.caption}>
      <thead className="bg-surface">
        <tr>
          <th scope="col" className={cell}>{t.teams.team}</th>
          <th scope="col" className={cell}>{t.teams.territory}</th>
          <th scope="col" className={cell}>{t.teams.level}</th>
          <th scope="col" className={cell}>{t.teams.priorities}</th>
          <th scope="col" className={cell}>{t.teams.alliances}</th>
          <th scope="col" className={cell}>{t.teams.actions}</th>
        </tr>
      </thead>
      <tbody>
        {teams.map((team) => (
          <tr key={team.id}>
            <th scope="row" className={`${cell} font-semibold`}>{team.name}</th>
            <Cell label={t.teams.territory}>{team.territories.length > 0 ? team.territories.map((territory) => territory.name).join(", ") : t.teams.noTerritory}</Cell>
            <Cell label={t.teams.level}>{team.latest ? t.teams.levelText(team.latest.level, team.latest.levelName) : t.teams.noDiagnostic}</Cell>
            <Cell label={t.teams.priorities}>{team.latest ? team.latest.priorities.slice(0, 3).map((theme) => labels.directories.themes[theme]).join(", ") : "—"}</Cell>
            <Cell label={t.teams.alliances}>{stagesText(team.alliancesByStage)}</Cell>
            <td className={cell}>
              <div className="flex flex-wrap items-start gap-2">
                <Link href={paths.organisationNetworkTeam(headId, team.id)} className="inline-flex min-h-11 items-center font-semibold">
                  {t.teams.open}
                  <span className="sr-only"> {t.teams.openSuffix(team.name)}</span>
                </Link>
                {canManage ? <EndLinkForm actorId={headId} linkId={team.linkId} label={t.teams.end} hiddenSuffix={t.requests.suffix(team.name)} confirm={t.requests.endConfirm(team.name)} /> : null}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}

export function RecommendationList({ rows, direction }: { rows: RecommendationRow[]; direction: "received" | "sent" }) {
  if (rows.length === 0) return <EmptyState title={t.received.empty} />;
  return (
    <ul className="space-y-4">
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border border-line p-4">
          <p className="font-semibold">
            <Link href={paths.kit(row.kit.slug)}>{row.kit.title}</Link>
          </p>
          <p className="text-sm text-muted">
            {(direction === "received" ? t.received.from : t.received.to)(row.other.name, labels.organisations.formatDate(row.createdAt))}
          </p>
          {row.message ? <p className="mt-2 whitespace-pre-line">{row.message}</p> : null}
        </li>
      ))}
    </ul>
  );
}
