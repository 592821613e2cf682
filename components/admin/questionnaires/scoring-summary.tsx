// How the previewed questionnaire scores: its axes (how many questions feed each, the most points
// reachable) and its maturity levels with the overall score from which each applies.
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import type { DiagnosticTemplate } from "@/lib/diagnostics/template.schema";
import type { AxisSummary } from "@/lib/diagnostics/templates.admin.preview";

const t = adminQuestionnairesCopy.preview;
const numberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

// The level's name heads its row; its number comes first, as in the questionnaire's JSON.
const levelColumns: DataColumn<DiagnosticTemplate["levels"][number]>[] = [
  { header: t.levelColumns.level, className: "tabular-nums", cell: (level) => level.level },
  { header: t.levelColumns.name, rowHeader: true, cell: (level) => level.name },
  { header: t.levelColumns.minScore, className: "tabular-nums", cell: (level) => t.minScore(level.minScore) },
  { header: t.levelColumns.description, cell: (level) => level.description },
];

export function ScoringSummary({ template, axes }: { template: DiagnosticTemplate; axes: AxisSummary[] }) {
  return (
    <>
      <h3 className="mt-6 text-xl font-bold">{t.axesHeading}</h3>
      <p className="mb-3 mt-1 max-w-prose text-muted">{t.axesIntro}</p>
      <ul className="mb-8 list-disc pl-6">
        {axes.map((axis) => (
          <li key={axis.id} className={axis.questionCount === 0 ? "font-semibold text-red-700" : undefined}>
            {t.axisLine(axis.label, axis.id, axis.questionCount, numberFormat.format(axis.maxPoints))}
          </li>
        ))}
      </ul>
      <h3 className="text-xl font-bold">{t.levelsHeading}</h3>
      <DataTable
        id="niveaux-legende"
        caption={t.levelsCaption}
        columns={levelColumns}
        rows={template.levels}
        rowKey={(level) => level.level}
        className="mt-3"
      />
    </>
  );
}
