import Link from "next/link";
import { BarChart, SERIES_COLOURS } from "@/components/charts/bar-chart";
import { observatoryCopy } from "@/lib/copy/admin-observatory";
import type { RatingSummary } from "@/lib/observatory/observatory";
import { observatoryQuery } from "@/lib/observatory/observatory";
import type { Observatory } from "@/lib/observatory/observatory.queries";
import { paths } from "@/lib/paths";
import { ChartBlock } from "./chart-block";

const t = observatoryCopy.charts.ratings;
const c = observatoryCopy.charts;

function Distribution({ id, heading, summary, csvHref }: { id: string; heading: string; summary: RatingSummary; csvHref: string }) {
  const rows = summary.counts.map((count, index) => ({ key: String(index + 1), label: t.star(index + 1), count }));
  return (
    <ChartBlock
      id={id}
      heading={heading}
      intro={t.summary(summary.average, summary.total)}
      empty={summary.total === 0}
      csvHref={csvHref}
      chart={
        <BarChart
          id={`${id}-graphique`}
          title={heading}
          description={`${t.summary(summary.average, summary.total)} ${c.barDescription(
            rows.map((row) => ({ label: row.label, value: row.count })),
            c.units.ratings,
          )}`}
          series={[{ label: t.value, colour: SERIES_COLOURS[0] }]}
          rows={rows.map((row) => ({ key: row.key, label: row.label, values: [row.count] }))}
        />
      }
      table={{
        caption: t.caption(heading),
        category: t.category,
        columns: [t.value],
        rows: rows.map((row) => ({ key: row.key, label: row.label, values: [row.count] })),
      }}
    />
  );
}

function Comments({
  id,
  heading,
  items,
}: {
  id: string;
  heading: string;
  items: { id: string; meta: string; comment: string; date: Date; link: { href: string; label: string } }[];
}) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-lg border border-line bg-white p-4">
      <h3 id={id} className="text-xl font-bold">
        {heading}
      </h3>
      {items.length === 0 ? (
        <p className="mt-3 text-muted">{t.noComments}</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {items.map((item) => (
            <li key={item.id} className="border-l-4 border-line pl-3">
              <p className="text-sm text-muted">
                <time dateTime={item.date.toISOString()}>{observatoryCopy.date(item.date)}</time> — {item.meta}
              </p>
              <blockquote className="mt-1 whitespace-pre-line">{item.comment}</blockquote>
              <p className="mt-1 text-sm">
                <Link href={item.link.href}>{item.link.label}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ObservatoryRatings({ data }: { data: Observatory }) {
  const csvHref = paths.adminObservatoryCsv("notes", observatoryQuery(data.params));
  return (
    <section aria-labelledby="utilite" className="mb-10">
      <h2 id="utilite" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      <div className="grid grid-cols-1 gap-6">
        <Distribution id="notes-kits" heading={t.kits} summary={data.kitRatings} csvHref={csvHref} />
        <Distribution id="notes-diagnostics" heading={t.diagnostics} summary={data.diagnosticRatings} csvHref={csvHref} />
      </div>
      <div className="mt-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Comments
          id="commentaires-kits"
          heading={t.kitComments}
          items={data.kitComments.map((row) => ({
            id: row.id,
            meta: `${t.commentKinds[row.kind]} ${t.kitComment(row.kit.title)}`,
            comment: row.comment,
            date: row.createdAt,
            link: { href: paths.adminKitFeedback({ kit: row.kit.id }), label: t.answerLink(row.kit.title) },
          }))}
        />
        <Comments
          id="commentaires-diagnostics"
          heading={t.diagnosticComments}
          items={data.diagnosticComments.map((row) => ({
            id: row.id,
            meta: `${t.diagnosticComment(row.actor, row.territory)}${row.rating === null ? "" : ` — ${t.rated(row.rating)}`}`,
            comment: row.comment,
            date: row.createdAt,
            link: { href: paths.diagnosticReport(row.diagnosticId), label: t.reportLink(row.actor, row.territory) },
          }))}
        />
      </div>
    </section>
  );
}
