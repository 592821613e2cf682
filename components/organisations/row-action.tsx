"use client";
// Pieces shared by the small per-row forms: a submit button whose accessible name says which
// row it acts on, and the outcome line, always rendered so that its message is announced.
import { useFormPending } from "@/components/forms/action-form-context";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-state";

export function RowSubmitButton({ label, hiddenSuffix, variant = "secondary" }: { label: string; hiddenSuffix?: string; variant?: ButtonVariant }) {
  const pending = useFormPending();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonClasses(variant, "min-h-11 px-3 py-1.5 text-sm whitespace-nowrap disabled:opacity-70")}
    >
      {label}
      {hiddenSuffix ? <span className="sr-only"> {hiddenSuffix}</span> : null}
    </button>
  );
}

export function RowOutcome({ state }: { state: ActionState }) {
  const isError = state.status === "error";
  return (
    <p role={isError ? "alert" : "status"} className={`mt-1 text-sm ${isError ? "font-semibold text-red-700" : "text-green-800"}`}>
      {state.status !== "idle" ? state.message : null}
    </p>
  );
}
