import Link from "next/link";
import { ResultsHeading } from "@/components/directory/results-heading";
import { buttonClasses } from "@/components/ui/button";
import { DIRECTORY_SORTS, DIRECTORY_VIEWS, type DirectorySort, type DirectoryView } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";

const selectClasses = "min-h-11 rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink";

/**
 * Above the results: how many there are (the results' heading, focused after a refinement), the
 * sort (part of the search form, applied with its own button rather than on change), and the
 * list/map switch.
 */
export function ResultsToolbar({
  form,
  foundText,
  sort,
  view,
  viewHref,
}: {
  form: string;
  foundText: string;
  sort: DirectorySort;
  view: DirectoryView;
  viewHref: (view: DirectoryView) => string;
}) {
  const text = labels.directories.search;
  return (
    <div className="flex flex-col gap-4 border-b border-line pb-4 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between">
      <ResultsHeading foundText={foundText} />
      <div className="flex flex-wrap items-end gap-4">
        <nav aria-label={text.viewLabel}>
          <ul className="flex gap-1">
            {DIRECTORY_VIEWS.map((item) => (
              <li key={item}>
                <Link
                  href={viewHref(item)}
                  aria-current={item === view ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center rounded-md px-3 font-semibold ${
                    item === view ? "bg-odd17 text-white no-underline" : "border border-line"
                  }`}
                >
                  {text.views[item]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {view === "liste" ? (
          <div className="flex items-end gap-2">
            <div>
              <label htmlFor={`${form}-tri`} className="block text-sm font-semibold">
                {text.sortLabel}
              </label>
              <select id={`${form}-tri`} name="tri" form={form} defaultValue={sort} className={selectClasses}>
                {DIRECTORY_SORTS.map((item) => (
                  <option key={item} value={item}>
                    {text.sorts[item]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" form={form} className={buttonClasses("secondary")}>
              {text.sortSubmit}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
