// The heart of the report: the radar and its table, the maturity level explained, the priorities.
import type { DiagnosticReport } from "@/lib/diagnostics/report.queries";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { RadarChart } from "./radar-chart";

const t = diagnosticsCopy.report;

export function ReportScores({ report }: { report: DiagnosticReport }) {
  return (
    <>
      <section aria-labelledby="scores" className="mb-10 break-inside-avoid">
        <h2 id="scores" className="mb-4 text-2xl font-bold">
          {t.scoresHeading}
        </h2>
        <RadarChart axes={report.axes} />
        <table className="mt-4 w-full max-w-xl border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t.tableCaption}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">
                {t.axis}
              </th>
              <th scope="col" className="py-2 text-right">
                {t.score}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.axes.map((axis) => (
              <tr key={axis.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {axis.label}
                </th>
                <td className="py-2 text-right tabular-nums">{axis.score}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="py-2 pr-4">
                {t.overall}
              </th>
              <td className="py-2 text-right font-semibold tabular-nums">{report.result.overall}</td>
            </tr>
          </tfoot>
        </table>
      </section>
      <section aria-labelledby="niveau" className="mb-10 max-w-3xl break-inside-avoid">
        <h2 id="niveau" className="mb-4 text-2xl font-bold">
          {t.levelHeading}
        </h2>
        <p className="text-xl font-semibold text-odd17-dark">{t.level(report.level.level, report.levelCount, report.level.name)}</p>
        <p className="mt-2">{report.level.description}</p>
      </section>
      <section aria-labelledby="priorites" className="mb-10 max-w-3xl break-inside-avoid">
        <h2 id="priorites" className="mb-4 text-2xl font-bold">
          {t.prioritiesHeading}
        </h2>
        {report.priorities.length > 0 ? (
          <ol className="list-decimal pl-6">
            {report.priorities.map((priority) => (
              <li key={priority.theme}>{priority.label}</li>
            ))}
          </ol>
        ) : (
          <p>{t.prioritiesEmpty}</p>
        )}
      </section>
    </>
  );
}
