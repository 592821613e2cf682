// For the territory page: the anonymised summary of the diagnostics published on it (figures only
// from three organisations on, lib/diagnostics/anonymity.ts), and the way to run one. Server
// component; data from getPublishedDiagnosticsSummary.
import { ButtonLink } from "@/components/ui/button";
import type { TerritoryKind } from "@/generated/prisma/client";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { ANONYMITY_MIN_ORGANISATIONS } from "@/lib/diagnostics/anonymity";
import type { TerritoryDiagnosticsSummary } from "@/lib/diagnostics/territory-summary.queries";
import { paths } from "@/lib/paths";

const t = diagnosticsCopy.territorySummary;

export function TerritoryDiagnostics({ territory, summary }: { territory: { kind: TerritoryKind; code: string }; summary: TerritoryDiagnosticsSummary }) {
  return (
    <section aria-labelledby="diagnostics-partages" className="mb-10 max-w-3xl">
      <h2 id="diagnostics-partages" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      {summary.status === "available" ? (
        <>
          <p className="mb-3">{t.intro(summary.organisations, summary.count)}</p>
          <dl className="mb-4 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t.averageLevel}</dt>
            <dd>{`${summary.level.level} — ${summary.level.name}`}</dd>
            <dt className="font-semibold">{t.averageScore}</dt>
            <dd>{`${summary.averageOverall} / 100`}</dd>
            {summary.priorities.length > 0 ? (
              <>
                <dt className="font-semibold">{t.priorities}</dt>
                <dd>{summary.priorities.join(", ")}</dd>
              </>
            ) : null}
          </dl>
        </>
      ) : summary.status === "too-few" ? (
        <p className="mb-4">{t.tooFew(summary.organisations, ANONYMITY_MIN_ORGANISATIONS)}</p>
      ) : (
        <p className="mb-4">{t.none}</p>
      )}
      <ButtonLink href={paths.diagnosticNew({ territory })} variant="secondary">
        {t.start}
      </ButtonLink>
    </section>
  );
}
