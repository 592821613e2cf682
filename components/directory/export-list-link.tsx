import { labels } from "@/lib/labels";

/**
 * The CSV of the list a directory shows (lib/open-data/site-search.ts): a plain link, since the
 * open-data API answers with a file to download, not a page.
 */
export function ExportListLink({ href, total }: { href: string; total: number }) {
  const text = labels.directories.search;
  if (total === 0) return null;
  const hintId = "export-liste-aide";
  return (
    <p className="mt-3 text-sm">
      <a href={href} download aria-describedby={hintId} className="font-semibold">
        {text.exportList}
      </a>{" "}
      <span id={hintId} className="text-muted">
        {text.exportHint(total)}
      </span>
    </p>
  );
}
