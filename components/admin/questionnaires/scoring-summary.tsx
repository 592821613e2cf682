// How the previewed questionnaire scores: its axes (how many questions feed each, the most points
// reachable) and its maturity levels with the overall score from which each applies.
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import type { DiagnosticTemplate } from "@/lib/diagnostics/template.schema";
import type { AxisSummary } from "@/lib/diagnostics/templates.admin.preview";

const t = adminQuestionnairesCopy.preview;
const cell = "border-b border-line px-3 py-2 align-top text-left";
const numberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

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
      <div role="region" aria-labelledby="niveaux-legende" tabIndex={0} className="mt-3 overflow-x-auto rounded-lg border border-line">
        <table className="w-full border-collapse">
          <caption id="niveaux-legende" className="sr-only">
            {t.levelsCaption}
          </caption>
          <thead className="bg-surface">
            <tr>
              {Object.values(t.levelColumns).map((label) => (
                <th key={label} scope="col" className={cell}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {template.levels.map((level) => (
              <tr key={level.level}>
                <td className={`${cell} tabular-nums`}>{level.level}</td>
                <th scope="row" className={cell}>
                  {level.name}
                </th>
                <td className={`${cell} tabular-nums`}>{t.minScore(level.minScore)}</td>
                <td className={cell}>{level.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
