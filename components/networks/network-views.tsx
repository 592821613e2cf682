// Read-only views of the network page: pending requests, the teams table of the head's
// dashboard, and kit recommendations. Buttons are only rendered for admins; the actions decide.
import Link from "next/link";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { AllianceStage } from "@/generated/prisma/enums";
import { STAGE_ORDER } from "@/lib/alliances/stages";
import { conversationsCopy } from "@/lib/copy/conversations";
import { networksLabels } from "@/lib/copy/networks";
import { labels } from "@/lib/labels";
import type { NetworkRequestRow, NetworkTeamRow, RecommendationRow } from "@/lib/networks/networks.queries";
import { paths } from "@/lib/paths";
import { DecisionForm, EndLinkForm } from "./link-forms";

const t = networksLabels;

// The network tables are stacked: under 768 px each row is a card, every value under its column's
// name, so that nothing scrolls sideways from 320 px (DataTable's `stacked`).

export function RequestsTable({
  id,
  caption,
  actorId,
  rows,
  mode,
  canManage,
}: {
  id: string;
  caption: string;
  actorId: string;
  rows: NetworkRequestRow[];
  mode: "incoming" | "outgoing";
  canManage: boolean;
}) {
  const columns: DataColumn<NetworkRequestRow>[] = [
    {
      header: t.requests.organisation,
      rowHeader: true,
      cell: (row) => (
        <>
          {row.other.name}
          {row.requester ? <span className="block text-sm font-normal text-muted">{t.requests.requestedBy(row.requester)}</span> : null}
        </>
      ),
    },
    {
      header: t.requests.relation,
      cell: (row) => (
        <>
          {t.requests.relationOf(row.otherSide)}
          <span className="block text-sm text-muted">{t.requests.network(row.network.headName, row.network.kindLabel, row.network.teamCount)}</span>
        </>
      ),
    },
    {
      header: t.requests.message,
      className: "whitespace-pre-line",
      cell: (row) => (
        <>
          {row.message}
          <Link href={paths.conversation("reseau", row.linkId)} className="block">
            {conversationsCopy.fromNetworkLink(row.other.name)}
          </Link>
        </>
      ),
    },
    { header: t.requests.date, className: "md:whitespace-nowrap", cell: (row) => labels.organisations.formatDate(row.createdAt) },
  ];
  if (canManage) {
    columns.push({
      header: t.requests.actions,
      stackedLabel: false,
      cell: (row) => (
        <div className="flex flex-wrap gap-2">
          {mode === "incoming" ? (
            <>
              <DecisionForm actorId={actorId} linkId={row.linkId} decision="accept" organisationName={row.other.name} />
              <DecisionForm actorId={actorId} linkId={row.linkId} decision="decline" organisationName={row.other.name} />
            </>
          ) : (
            <EndLinkForm
              actorId={actorId}
              linkId={row.linkId}
              label={t.requests.cancel}
              hiddenSuffix={t.requests.suffix(row.other.name)}
              confirm={t.requests.cancelConfirm(row.other.name)}
            />
          )}
        </div>
      ),
    });
  }
  return (
    <DataTable
      id={id}
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.linkId}
      stacked
      empty={mode === "incoming" ? t.requests.incomingEmpty : t.requests.outgoingEmpty}
    />
  );
}

function stagesText(byStage: Partial<Record<AllianceStage, number>>): string {
  const parts = STAGE_ORDER.filter((stage) => byStage[stage]).map((stage) => `${labels.directories.stages[stage]} : ${byStage[stage]}`);
  return parts.length > 0 ? parts.join(", ") : t.teams.noAlliance;
}

export function TeamsTable({ headId, teams, canManage }: { headId: string; teams: NetworkTeamRow[]; canManage: boolean }) {
  const columns: DataColumn<NetworkTeamRow>[] = [
    {
      header: t.teams.team,
      rowHeader: true,
      cell: (team) => (
        <>
          {team.name}
          <Link href={paths.conversation("reseau", team.linkId)} className="block text-sm font-normal">
            {conversationsCopy.fromNetworkLink(team.name)}
          </Link>
        </>
      ),
    },
    {
      header: t.teams.territory,
      cell: (team) => (team.territories.length > 0 ? team.territories.map((territory) => territory.name).join(", ") : t.teams.noTerritory),
    },
    { header: t.teams.level, cell: (team) => (team.latest ? t.teams.levelText(team.latest.level, team.latest.levelName) : t.teams.noDiagnostic) },
    {
      header: t.teams.priorities,
      cell: (team) =>
        team.latest
          ? team.latest.priorities
              .slice(0, 3)
              .map((theme) => labels.directories.themes[theme])
              .join(", ")
          : "—",
    },
    { header: t.teams.alliances, cell: (team) => stagesText(team.alliancesByStage) },
    {
      header: t.teams.actions,
      stackedLabel: false,
      cell: (team) => (
        <div className="flex flex-wrap items-start gap-2">
          <Link href={paths.organisationNetworkTeam(headId, team.id)} className="inline-flex min-h-11 items-center font-semibold">
            {t.teams.open}
            <span className="sr-only"> {t.teams.openSuffix(team.name)}</span>
          </Link>
          {canManage ? (
            <EndLinkForm
              actorId={headId}
              linkId={team.linkId}
              label={t.teams.end}
              hiddenSuffix={t.requests.suffix(team.name)}
              confirm={t.requests.endConfirm(team.name)}
            />
          ) : null}
        </div>
      ),
    },
  ];
  return <DataTable id="equipes-legende" caption={t.teams.caption} columns={columns} rows={teams} rowKey={(team) => team.id} stacked />;
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
