import { kitsLabels } from "@/lib/copy/kits";
import { formatDate, isoDateTime } from "@/lib/text/dates";
import type { PublishedKit } from "@/lib/kits/kit-page.queries";

const cell = "border-b border-line px-3 py-2 align-top text-left";

/** The published versions, newest first, with their notes. */
export function KitHistory({ versions }: { versions: PublishedKit["versions"] }) {
  const t = kitsLabels.detail;
  return (
    <section aria-labelledby="historique" className="mt-12">
      <h2 id="historique" className="text-2xl font-bold">
        {t.historyHeading}
      </h2>
      <div role="region" aria-labelledby="historique-legende" tabIndex={0} className="mt-3 overflow-x-auto rounded-lg border border-line">
        <table className="w-full border-collapse">
          <caption id="historique-legende" className="sr-only">
            {t.historyCaption}
          </caption>
          <thead className="bg-surface">
            <tr>
              <th scope="col" className={cell}>
                {t.historyColumns.version}
              </th>
              <th scope="col" className={cell}>
                {t.historyColumns.date}
              </th>
              <th scope="col" className={cell}>
                {t.historyColumns.note}
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.number}>
                <th scope="row" className={`${cell} font-semibold`}>
                  {version.number}
                </th>
                <td className={`${cell} whitespace-nowrap`}>
                  <time dateTime={isoDateTime(version.publishedAt)}>{formatDate(version.publishedAt)}</time>
                </td>
                <td className={cell}>{version.note || t.noNote}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
