import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { formatDateTime, isoDateTime } from "@/lib/text/dates";
import { kitsLabels } from "@/lib/copy/kits";
import { paths } from "@/lib/paths";

const t = kitsLabels.admin.versions;
const cell = "border-b border-line px-3 py-2 align-top text-left";
const selectClasses = "mt-1 block min-h-11 rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink";

type Version = { number: number; title: string; note: string; publishedAt: Date; author: { name: string | null; email: string } | null };

export function VersionsTable({ kitId, versions }: { kitId: string; versions: Version[] }) {
  return (
    <div role="region" aria-labelledby="versions-legende" tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse">
        <caption id="versions-legende" className="sr-only">
          {t.caption}
        </caption>
        <thead className="bg-surface">
          <tr>
            {[t.columns.number, t.columns.date, t.columns.author, t.columns.note].map((label) => (
              <th key={label} scope="col" className={cell}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.number}>
              <th scope="row" className={cell}>
                <Link href={paths.adminKitVersion(kitId, version.number)} aria-label={t.view(version.number)}>
                  {version.number}
                </Link>
              </th>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={isoDateTime(version.publishedAt)}>{formatDateTime(version.publishedAt)}</time>
              </td>
              <td className={cell}>{version.author ? (version.author.name ?? version.author.email) : t.unknownAuthor}</td>
              <td className={cell}>{version.note || kitsLabels.detail.noNote}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
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
