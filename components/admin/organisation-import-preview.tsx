// The preview of an organisation import: the counts, then every line with its outcome and, in
// words, its errors or the duplicate it matches (a screen reader hears the same as a sighted
// reader: no colour-only cue).
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { actorKindLabels } from "@/lib/copy/directory-lists";
import type { ImportOutcome, ImportPreview, PreviewLine } from "@/lib/imports/organisation-import";

const t = adminImportsCopy;

export function ImportCounts({ counts }: { counts: Record<ImportOutcome, number> }) {
  const text = t.counts(counts.create, counts.duplicate, counts.error);
  return (
    <ul className="mb-6 flex flex-wrap gap-3" aria-label={t.previewHeading}>
      <li className="rounded-md border border-green-700 bg-green-50 px-3 py-2 font-semibold text-green-900">{text.create}</li>
      <li className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 font-semibold text-amber-900">{text.duplicate}</li>
      <li className="rounded-md border border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900">{text.error}</li>
    </ul>
  );
}

const detailOf = (line: PreviewLine) =>
  line.outcome === "error" ? (
    <ul className="list-disc pl-5">
      {line.errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  ) : (
    (line.duplicate ?? "")
  );

const columns: DataColumn<PreviewLine>[] = [
  { header: t.columns.line, cell: (line) => line.line },
  { header: t.columns.name, cell: (line) => line.name, rowHeader: true },
  { header: t.columns.kind, cell: (line) => (line.kind ? actorKindLabels[line.kind] : line.kindText) },
  { header: t.columns.siren, cell: (line) => line.siren ?? "" },
  { header: t.columns.territory, cell: (line) => line.territoryNames.join(", ") || line.territoryCodes.join(", ") },
  { header: t.columns.outcome, cell: (line) => t.outcomes[line.outcome], className: "whitespace-nowrap font-semibold" },
  { header: t.columns.detail, cell: detailOf },
];

export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  return (
    <DataTable
      id="apercu-import"
      caption={t.caption(preview.lines.length)}
      captionVisible
      columns={columns}
      rows={preview.lines}
      rowKey={(line) => line.line}
    />
  );
}
