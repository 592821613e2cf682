// A team's finished diagnostics and alliances as its network head reads them: text and tables
// only, no link to the team's own (editable) diagnostic pages.
import { EmptyState } from "@/components/ui/empty-state";
import { networksLabels } from "@/lib/copy/networks";
import { labels } from "@/lib/labels";
import type { TeamSummary } from "@/lib/networks/networks.queries";
import { Cell, TableFrame, cell } from "./network-views";

const t = networksLabels.summary;

export function TeamSummaryView({ summary }: { summary: TeamSummary }) {
  return (
    <>
      <section aria-labelledby="diagnostics" className="mb-12">
        <h2 id="diagnostics" className="mb-4 text-2xl font-bold">
          {t.diagnosticsHeading}
        </h2>
        {summary.diagnostics.length === 0 ? (
          <EmptyState title={t.diagnosticsEmpty} />
        ) : (
          <TableFrame id="diagnostics-legende" caption={t.diagnosticsHeading}>
            <thead className="bg-surface">
              <tr>
                <th scope="col" className={cell}>{t.diagnosticTerritory}</th>
                <th scope="col" className={cell}>{t.diagnosticDate}</th>
                <th scope="col" className={cell}>{t.diagnosticLevel}</th>
                <th scope="col" className={cell}>{t.diagnosticScore}</th>
                <th scope="col" className={cell}>{t.diagnosticPriorities}</th>
              </tr>
            </thead>
            <tbody>
              {summary.diagnostics.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className={`${cell} font-semibold`}>{row.territory}</th>
                  <Cell label={t.diagnosticDate} className="md:whitespace-nowrap">{row.completedAt ? labels.organisations.formatDate(row.completedAt) : "—"}</Cell>
                  <Cell label={t.diagnosticLevel}>{networksLabels.teams.levelText(row.level, row.levelName)}</Cell>
                  <Cell label={t.diagnosticScore} className="tabular-nums">{t.score(row.overall)}</Cell>
                  <Cell label={t.diagnosticPriorities}>{row.priorities.map((theme) => labels.directories.themes[theme]).join(", ") || "—"}</Cell>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        )}
      </section>
      <section aria-labelledby="alliances" className="mb-12">
        <h2 id="alliances" className="mb-4 text-2xl font-bold">
          {t.alliancesHeading}
        </h2>
        {summary.alliances.length === 0 ? (
          <EmptyState title={t.alliancesEmpty} />
        ) : (
          <TableFrame id="alliances-legende" caption={t.alliancesHeading}>
            <thead className="bg-surface">
              <tr>
                <th scope="col" className={cell}>{t.allianceTitle}</th>
                <th scope="col" className={cell}>{t.allianceStage}</th>
              </tr>
            </thead>
            <tbody>
              {summary.alliances.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className={`${cell} font-semibold`}>{row.title}</th>
                  <Cell label={t.allianceStage}>{labels.directories.stages[row.stage]}</Cell>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        )}
      </section>
    </>
  );
}
