import { kitsLabels } from "@/lib/copy/kits";
import { diffKitVersions, type FieldChange } from "@/lib/kits/kit-versions";
import type { KitVersionView } from "@/lib/kits/kits.admin.queries";
import { diffLines, diffStats } from "@/lib/kits/version-diff";
import { categoryLabel, listValueLabel } from "./version-values";

const t = kitsLabels.admin.versions;

function describe(change: FieldChange): { field: string; text: string } {
  switch (change.kind) {
    case "scalar": {
      const shown = (value: string) => (change.field === "category" ? categoryLabel(value) : value);
      return { field: t.fields[change.field], text: t.scalarChanged(shown(change.before), shown(change.after)) };
    }
    case "list":
      return {
        field: t.fields[change.field],
        text: lists(
          change.added.map((v) => listValueLabel(change.field, v)),
          change.removed.map((v) => listValueLabel(change.field, v)),
        ),
      };
    case "links":
      return {
        field: t.fields.links,
        text: lists(
          change.added.map((l) => `${l.label} (${l.url})`),
          change.removed.map((l) => `${l.label} (${l.url})`),
        ),
      };
    case "attachments":
      return {
        field: t.fields.attachments,
        text: lists(
          change.added.map((f) => f.fileName),
          change.removed.map((f) => f.fileName),
        ),
      };
    case "body":
      return { field: t.fields.body, text: t.bodyHeading };
  }
}

function lists(added: string[], removed: string[]): string {
  return [added.length > 0 ? t.addedList(added.join(", ")) : null, removed.length > 0 ? t.removedList(removed.join(", ")) : null].filter(Boolean).join(" ; ");
}

/**
 * Two versions field by field (attachments included), then their bodies line by line. Added and
 * removed lines are told apart by a sign and a hidden word as well as by colour, so that the
 * difference does not rest on colour alone.
 */
export function VersionDiffView({ from, to }: { from: KitVersionView; to: KitVersionView }) {
  const changes = diffKitVersions(from, to);
  const lines = diffLines(from.body, to.body);
  const stats = diffStats(lines);
  return (
    <section aria-labelledby="differences" className="mt-8">
      <h2 id="differences" className="text-2xl font-bold">
        {t.diffHeading(from.number, to.number)}
      </h2>
      <p className="mt-2">{t.changedFields(changes.length)}</p>
      {changes.length > 0 ? (
        <ul className="mt-2 list-disc pl-6">
          {changes.map((change) => {
            const { field, text } = describe(change);
            return (
              <li key={field}>
                <span className="font-semibold">{field}</span> : {text}
              </li>
            );
          })}
        </ul>
      ) : null}
      <h3 className="mt-6 text-xl font-bold">{t.bodyHeading}</h3>
      <p className="mt-2">{stats.added + stats.removed === 0 ? t.same : t.diffStats(stats.added, stats.removed)}</p>
      {lines.length > 0 ? (
        <ol className="mt-4 overflow-x-auto rounded-lg border border-line font-mono text-sm">
          {lines.map((line, index) => {
            const style = line.kind === "added" ? "bg-green-50 text-green-900" : line.kind === "removed" ? "bg-red-50 text-red-900" : "text-ink";
            const sign = line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " ";
            const word = line.kind === "added" ? t.added : line.kind === "removed" ? t.removed : t.unchanged;
            return (
              <li key={index} className={`flex gap-3 px-3 whitespace-pre-wrap ${style}`}>
                <span aria-hidden="true" className="w-4 shrink-0 select-none">
                  {sign}
                </span>
                <span className="sr-only">{word} </span>
                <span className="min-w-0">{line.text || "\u00a0"}</span>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
