// The "before → after" line of an audit entry for an edit, the way the organisation profile writes
// it (lib/organisations/profile.ts describeProfileChanges): short fields in full, long texts by
// their length, lists by what was added and removed. The moderation queue shows this line as
// "what changed", and the audit log keeps it for an edit published without review. Pure.

export type FieldChange =
  /** A short value shown in full (title, mode, a date); null or "" is shown as ∅. */
  | { label: string; kind: "value"; before: string | null; after: string | null }
  /** A long text (description, results): only its length is written. */
  | { label: string; kind: "text"; before: string; after: string }
  /** A set of values (territories, targets): what was added (+) and removed (−), any order. */
  | { label: string; kind: "set"; before: readonly string[]; after: readonly string[] };

const MAX_SHOWN = 60;

function shown(value: string | null): string {
  if (value === null || value === "") return "∅";
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}…` : value;
}

/** One "champ : avant → après" per field that changed; empty when nothing did. */
export function describeChanges(fields: readonly FieldChange[]): string[] {
  const changes: string[] = [];
  for (const field of fields) {
    if (field.kind === "value" && (field.before ?? "") !== (field.after ?? "")) {
      changes.push(`${field.label} : ${shown(field.before)} → ${shown(field.after)}`);
    } else if (field.kind === "text" && field.before !== field.after) {
      changes.push(`${field.label} : ${field.before.length} → ${field.after.length} caractères`);
    } else if (field.kind === "set") {
      const added = [...new Set(field.after)].filter((value) => !field.before.includes(value));
      const removed = [...new Set(field.before)].filter((value) => !field.after.includes(value));
      if (added.length > 0 || removed.length > 0) {
        changes.push(`${field.label} :${added.length > 0 ? ` + ${added.join(", ")}` : ""}${removed.length > 0 ? ` − ${removed.join(", ")}` : ""}`);
      }
    }
  }
  return changes;
}
