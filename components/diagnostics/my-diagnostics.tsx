// The user's diagnostics, for /espace/diagnostics and the workspace dashboard: resume a draft or
// open a report. Rows come from listMyDiagnostics (lib/diagnostics/diagnostics.queries.ts).
import Link from "next/link";
import { diagnosticsCopy, formatFrenchDate } from "@/lib/copy/diagnostics";
import type { MyDiagnostic } from "@/lib/diagnostics/diagnostics.queries";
import { paths } from "@/lib/paths";

const t = diagnosticsCopy.list;

export function MyDiagnostics({ diagnostics }: { diagnostics: MyDiagnostic[] }) {
  if (diagnostics.length === 0) return <p className="mb-4">{t.empty}</p>;
  return (
    <div className="mb-6 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t.caption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-4">
              {t.territory}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.organisation}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.status}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.level}
            </th>
            <th scope="col" className="py-2">
              {t.updated}
            </th>
          </tr>
        </thead>
        <tbody>
          {diagnostics.map((diagnostic) => {
            const draft = diagnostic.status === "DRAFT";
            return (
              <tr key={diagnostic.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link
                    href={draft ? paths.diagnostic(diagnostic.id) : paths.diagnosticReport(diagnostic.id)}
                    aria-label={draft ? t.resume(diagnostic.territory.name) : t.report(diagnostic.territory.name)}
                  >
                    {diagnostic.territory.name}
                  </Link>
                </th>
                <td className="py-2 pr-4">{diagnostic.actor.name}</td>
                <td className="py-2 pr-4">{diagnosticsCopy.statuses[diagnostic.status]}</td>
                <td className="py-2 pr-4">{diagnostic.level ? t.levelValue(diagnostic.level.level, diagnostic.level.name) : "—"}</td>
                <td className="py-2">{formatFrenchDate(diagnostic.updatedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
