import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { kitsLabels } from "@/lib/copy/kits";
import { formatDate, isoDateTime } from "@/lib/text/dates";
import type { PublishedKit } from "@/lib/kits/kit-page.queries";

const t = kitsLabels.detail;
type Version = PublishedKit["versions"][number];

const columns: DataColumn<Version>[] = [
  { header: t.historyColumns.version, rowHeader: true, cell: (version) => version.number },
  {
    header: t.historyColumns.date,
    className: "whitespace-nowrap",
    cell: (version) => <time dateTime={isoDateTime(version.publishedAt)}>{formatDate(version.publishedAt)}</time>,
  },
  { header: t.historyColumns.note, cell: (version) => version.note || t.noNote },
];

/** The published versions, newest first, with their notes. */
export function KitHistory({ versions }: { versions: PublishedKit["versions"] }) {
  return (
    <section aria-labelledby="historique" className="mt-12">
      <h2 id="historique" className="text-2xl font-bold">
        {t.historyHeading}
      </h2>
      <DataTable id="historique-legende" caption={t.historyCaption} columns={columns} rows={versions} rowKey={(version) => version.number} className="mt-3" />
    </section>
  );
}
