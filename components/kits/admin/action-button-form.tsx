"use client";
// A one-button form (unpublish, archive, remove a file) with its outcome announced beside it.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { kitsLabels } from "@/lib/copy/kits";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

function Button({ label, srLabel }: { label: string; srLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} aria-label={srLabel} className={buttonClasses("secondary", "px-3 py-1.5 text-sm disabled:opacity-70")}>
      {pending ? kitsLabels.admin.form.pending : label}
    </button>
  );
}

export function ActionButtonForm({ action, fields, label, srLabel, hint }: { action: Action; fields: Record<string, string>; label: string; srLabel?: string; hint?: string }) {
  const [state, formAction] = useActionState(action, initialActionState);
  const isError = state.status === "error";
  return (
    <form action={formAction}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button label={label} srLabel={srLabel} />
      {hint ? <p className="mt-1 text-sm text-muted">{hint}</p> : null}
      <p role={isError ? "alert" : "status"} className={`mt-1 text-sm ${isError ? "font-semibold text-red-700" : "text-green-800"}`}>
        {state.status !== "idle" ? state.message : null}
      </p>
    </form>
  );
}
