"use client";
// A one-button form (new version, delete a draft) whose outcome is announced beside it. The
// button's visible text may be short; `srLabel` names it fully when a page holds several.
// A deletion passes `confirm`: it is asked first.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useFormPending } from "@/components/forms/action-form-context";
import type { ConfirmCopy } from "@/components/forms/confirm-dialog";
import { FormOutcome } from "@/components/forms/form-outcome";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

function Submit({ label, srLabel, variant, small }: { label: string; srLabel?: string; variant: ButtonVariant; small: boolean }) {
  const pending = useFormPending();
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

type Props = {
  action: Action;
  /** A literal at each call site ("questionnaire.new-version"): the form coverage reads it there. */
  formId: string;
  templateId: string;
  label: string;
  srLabel?: string;
  hint?: string;
  variant?: ButtonVariant;
  small?: boolean;
  confirm?: ConfirmCopy;
};

export function TemplateActionButton({ action, formId, templateId, label, srLabel, hint, variant = "secondary", small = false, confirm }: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <ActionForm action={formAction} state={state} formId={formId} outcome="none" confirm={confirm}>
      <input type="hidden" name="templateId" value={templateId} />
      <Submit label={label} srLabel={srLabel} variant={variant} small={small} />
      {hint ? <p className="mt-1 max-w-prose text-sm text-muted">{hint}</p> : null}
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}
