"use client";
// A one-button form (new version, activate, delete) whose outcome is announced beside it. The
// button's visible text may be short; `srLabel` names it fully when a page holds several.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

function Submit({ label, srLabel, variant, small }: { label: string; srLabel?: string; variant: ButtonVariant; small: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      aria-label={srLabel}
      className={buttonClasses(variant, `${small ? "min-h-9 px-3 py-1.5 text-sm" : ""} disabled:opacity-70`)}
    >
      {pending ? adminQuestionnairesCopy.pending : label}
    </button>
  );
}

type Props = { action: Action; templateId: string; label: string; srLabel?: string; hint?: string; variant?: ButtonVariant; small?: boolean };

export function TemplateActionButton({ action, templateId, label, srLabel, hint, variant = "secondary", small = false }: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  const isError = state.status === "error";
  return (
    <form action={formAction}>
      <input type="hidden" name="templateId" value={templateId} />
      <Submit label={label} srLabel={srLabel} variant={variant} small={small} />
      {hint ? <p className="mt-1 max-w-prose text-sm text-muted">{hint}</p> : null}
      <p role={isError ? "alert" : "status"} className={`mt-1 text-sm ${isError ? "font-semibold text-red-700" : "text-green-800"}`}>
        {state.status !== "idle" ? state.message : null}
      </p>
    </form>
  );
}
