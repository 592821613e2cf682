// The territory in open data, and how similar territories fare (only when anonymous).
import Link from "next/link";
import type { ReactNode } from "react";
import { diagnosticsCopy, formatCount } from "@/lib/copy/diagnostics";
import type { DiagnosticReport } from "@/lib/diagnostics/report.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = diagnosticsCopy.report;

type Ref = { kind: Parameters<typeof paths.territory>[0]; code: string; name: string } | null;

function TerritoryLink({ value }: { value: Ref }) {
  return value ? <Link href={paths.territory(value.kind, value.code)}>{value.name}</Link> : <>—</>;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-line py-2 sm:grid-cols-[16rem_1fr]">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ReportContext({ report }: { report: DiagnosticReport }) {
  const { context, comparison } = report;
  return (
    <>
      <section aria-labelledby="contexte" className="mb-10 max-w-3xl break-inside-avoid">
        <h2 id="contexte" className="mb-4 text-2xl font-bold">
          {t.contextHeading}
        </h2>
        <dl>
          <Row term={t.population}>{context.population === null ? t.populationUnknown : t.inhabitants(context.population)}</Row>
          {context.kind !== "COMMUNE" ? <Row term={t.communes}>{formatCount(context.communeCount)}</Row> : null}
          {context.kind === "COMMUNE" ? (
            <Row term={t.epci}>
              <TerritoryLink value={context.epci} />
            </Row>
          ) : null}
          {context.kind !== "DEPARTEMENT" && context.kind !== "REGION" ? (
            <Row term={t.departement}>
              <TerritoryLink value={context.departement} />
            </Row>
          ) : null}
          {context.kind !== "REGION" ? (
            <Row term={t.region}>
              <TerritoryLink value={context.region} />
            </Row>
          ) : null}
          <Row term={t.actors}>{formatCount(context.actorCount)}</Row>
          <Row term={t.alliances}>{formatCount(context.allianceCount)}</Row>
        </dl>
        <p className="mt-2 text-sm text-muted">{t.contextSource}</p>
      </section>
      <section aria-labelledby="comparaison" className="mb-10 max-w-3xl break-inside-avoid">
        <h2 id="comparaison" className="mb-4 text-2xl font-bold">
          {t.comparisonHeading}
        </h2>
        <p className="mb-2 text-muted">{t.comparisonScope(labels.territoryKinds[context.kind].lower)}</p>
        <p>
          {comparison.status === "available"
            ? t.comparisonAvailable(comparison.average, comparison.count, comparison.levelName ?? "")
            : comparison.status === "too-few"
              ? t.comparisonTooFew
              : t.comparisonNoPopulation}
        </p>
      </section>
    </>
  );
}
