// Recommended kits and suggested partners, each with the French reasons that put it there.
import Link from "next/link";
import { capitalise, diagnosticsCopy } from "@/lib/copy/diagnostics";
import type { DiagnosticReport } from "@/lib/diagnostics/report.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = diagnosticsCopy.report;

function Reasons({ reasons }: { reasons: string[] }) {
  return (
    <ul className="mt-1 list-disc pl-6 text-sm">
      {reasons.map((reason) => (
        <li key={reason}>{`${capitalise(reason)}.`}</li>
      ))}
    </ul>
  );
}

export function ReportRecommendations({ report }: { report: DiagnosticReport }) {
  return (
    <>
      <section aria-labelledby="ressources" className="mb-10 max-w-3xl">
        <h2 id="ressources" className="mb-4 text-2xl font-bold">
          {t.kitsHeading}
        </h2>
        {report.kits.length > 0 ? (
          <ul className="space-y-4">
            {report.kits.map(({ kit, reasons }) => (
              <li key={kit.id} className="break-inside-avoid rounded-md border border-line p-4">
                <p className="font-semibold">
                  <Link href={paths.kit(kit.slug)}>{kit.title}</Link>
                  <span className="font-normal text-muted">{` · ${t.kitCategories[kit.category] ?? kit.category}`}</span>
                </p>
                {kit.summary ? <p className="mt-1">{kit.summary}</p> : null}
                <Reasons reasons={reasons} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.kitsEmpty}</p>
        )}
      </section>
      <section aria-labelledby="partenaires" className="mb-10 max-w-3xl">
        <h2 id="partenaires" className="mb-4 text-2xl font-bold">
          {t.partnersHeading}
        </h2>
        <p className="mb-4 text-muted">{t.partnersIntro}</p>
        {report.partners.length > 0 ? (
          <ul className="space-y-4">
            {report.partners.map(({ actor, reasons }) => (
              <li key={actor.id} className="break-inside-avoid rounded-md border border-line p-4">
                <p className="font-semibold">
                  <Link href={paths.actor(actor.slug)}>{actor.name}</Link>
                  <span className="font-normal text-muted">{` · ${labels.organisations.kinds[actor.kind as keyof typeof labels.organisations.kinds] ?? actor.kind}`}</span>
                </p>
                <Reasons reasons={reasons} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.partnersEmpty}</p>
        )}
      </section>
    </>
  );
}
