import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatDateTime, isoDateTime } from "@/lib/text/dates";
import { kitsLabels } from "@/lib/copy/kits";
import { paths } from "@/lib/paths";

const t = kitsLabels.admin.versions;
const selectClasses = "mt-1 block min-h-11 rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink";

type Version = { number: number; title: string; note: string; publishedAt: Date | null; author: { name: string | null; email: string } | null };

export function VersionsTable({ kitId, versions }: { kitId: string; versions: Version[] }) {
  const columns: DataColumn<Version>[] = [
    {
      header: t.columns.number,
      rowHeader: true,
      cell: (version) => (
        <Link href={paths.adminKitVersion(kitId, version.number)} aria-label={t.view(version.number)}>
          {version.number}
        </Link>
      ),
    },
    {
      header: t.columns.date,
      className: "whitespace-nowrap",
      // The draft has no date of publication: it says so instead.
      cell: (version) => (version.publishedAt ? <time dateTime={isoDateTime(version.publishedAt)}>{formatDateTime(version.publishedAt)}</time> : t.draft),
    },
    { header: t.columns.author, cell: (version) => (version.author ? (version.author.name ?? version.author.email) : t.unknownAuthor) },
    { header: t.columns.note, cell: (version) => version.note || kitsLabels.detail.noNote },
  ];
  return <DataTable id="versions-legende" caption={t.caption} columns={columns} rows={versions} rowKey={(version) => version.number} />;
}

/** A GET form: the comparison is a URL (?de=1&a=2), to share or come back to. */
export function VersionCompareForm({ kitId, numbers, compare }: { kitId: string; numbers: number[]; compare: { from: number; to: number } | null }) {
  const newest = numbers[0];
  const previous = numbers[1] ?? newest;
  return (
    <form action={paths.adminKitVersions(kitId)} method="get" className="mt-8 rounded-lg border border-line bg-surface p-4">
      <h2 className="text-xl font-bold">{t.compareHeading}</h2>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="comparer-de" className="font-semibold">
            {t.from}
          </label>
          <select id="comparer-de" name="de" defaultValue={compare?.from ?? previous} className={selectClasses}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="comparer-a" className="font-semibold">
            {t.to}
          </label>
          <select id="comparer-a" name="a" defaultValue={compare?.to ?? newest} className={selectClasses}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          {t.compare}
        </button>
      </div>
    </form>
  );
}
