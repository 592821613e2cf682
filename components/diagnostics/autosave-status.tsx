// The autosave's state, in a polite live region that exists from the start (a region added
// with its text would not be announced).
import { diagnosticsCopy } from "@/lib/copy/diagnostics";

const t = diagnosticsCopy.questionnaire;

export type AutosaveView =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; time: string }
  | { kind: "invalid" }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string };

function text(view: AutosaveView): string {
  switch (view.kind) {
    case "idle":
      return "";
    case "saving":
      return t.saving;
    case "saved":
      return t.saved(view.time);
    case "invalid":
      return t.notSavedInvalid;
    case "conflict":
    case "error":
      return view.message;
  }
}

export function AutosaveStatus({ view }: { view: AutosaveView }) {
  const problem = view.kind === "invalid" || view.kind === "conflict" || view.kind === "error";
  return (
    <p role="status" aria-live="polite" className={`min-h-6 text-sm print:hidden ${problem ? "font-semibold text-red-700" : "text-muted"}`}>
      {text(view)}
    </p>
  );
}
