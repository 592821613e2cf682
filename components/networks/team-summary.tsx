// A team's finished diagnostics and alliances as its network head reads them: text and tables
// only, no link to the team's own (editable) diagnostic pages. Stacked tables, as on the network page.
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { networksLabels } from "@/lib/copy/networks";
import { labels } from "@/lib/labels";
import type { TeamSummary } from "@/lib/networks/networks.queries";

const t = networksLabels.summary;

const diagnosticColumns: DataColumn<TeamSummary["diagnostics"][number]>[] = [
  { header: t.diagnosticTerritory, rowHeader: true, cell: (row) => row.territory },
  { header: t.diagnosticDate, className: "md:whitespace-nowrap", cell: (row) => (row.completedAt ? labels.organisations.formatDate(row.completedAt) : "—") },
  { header: t.diagnosticLevel, cell: (row) => networksLabels.teams.levelText(row.level, row.levelName) },
  { header: t.diagnosticScore, className: "tabular-nums", cell: (row) => t.score(row.overall) },
  { header: t.diagnosticPriorities, cell: (row) => row.priorities.map((theme) => labels.directories.themes[theme]).join(", ") || "—" },
];

const allianceColumns: DataColumn<TeamSummary["alliances"][number]>[] = [
  { header: t.allianceTitle, rowHeader: true, cell: (row) => row.title },
  { header: t.allianceStage, cell: (row) => labels.directories.stages[row.stage] },
];

export function TeamSummaryView({ summary }: { summary: TeamSummary }) {
  return (
    <>
      <section aria-labelledby="diagnostics" className="mb-12">
        <h2 id="diagnostics" className="mb-4 text-2xl font-bold">
          {t.diagnosticsHeading}
        </h2>
        <DataTable
          id="diagnostics-legende"
          caption={t.diagnosticsHeading}
          columns={diagnosticColumns}
          rows={summary.diagnostics}
          rowKey={(row) => row.id}
          stacked
          empty={t.diagnosticsEmpty}
        />
      </section>
      <section aria-labelledby="alliances" className="mb-12">
        <h2 id="alliances" className="mb-4 text-2xl font-bold">
          {t.alliancesHeading}
        </h2>
        <DataTable
          id="alliances-legende"
          caption={t.alliancesHeading}
          columns={allianceColumns}
          rows={summary.alliances}
          rowKey={(row) => row.id}
          stacked
          empty={t.alliancesEmpty}
        />
      </section>
    </>
  );
}
