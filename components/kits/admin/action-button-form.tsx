"use client";
// A one-button form of the kit's publication panel (unpublish, archive), asked first, with its
// outcome announced beside it. The form stays mounted when its button no longer applies (the
// page refreshes with the new status): the message, and its « Annuler », must survive that.
import { useActionState, useCallback, useState, type ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useFormPending } from "@/components/forms/action-form-context";
import type { ConfirmCopy } from "@/components/forms/confirm-dialog";
import { FormOutcome } from "@/components/forms/form-outcome";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { kitsLabels } from "@/lib/copy/kits";
import { useOutcomeRound } from "@/components/admin/undo-form";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

function Button({ label, srLabel }: { label: string; srLabel?: string }) {
  const pending = useFormPending();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      aria-label={srLabel}
      className={buttonClasses("secondary", "px-3 py-1.5 text-sm disabled:opacity-70")}
    >
      {pending ? kitsLabels.admin.form.pending : label}
    </button>
  );
}

type Props = {
  action: Action;
  /** A literal at each call site ("kit.archive"): the form coverage reads it there. */
  formId: string;
  fields: Record<string, string>;
  label: string;
  srLabel?: string;
  hint?: string;
  /** False once the action no longer applies: the button goes, the outcome stays. */
  available?: boolean;
  confirm?: ConfirmCopy;
  /** The « Annuler » form shown beside a success (see components/admin/undo-form.tsx). */
  undo?: (state: ActionState, onUndone: () => void) => ReactNode;
};

export function ActionButtonForm({ action, formId, fields, label, srLabel, hint, available = true, confirm, undo }: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  const round = useOutcomeRound(state);
  const [undoneRound, setUndoneRound] = useState(-1);
  const onUndone = useCallback(() => setUndoneRound(round), [round]);
  return (
    <div>
      <ActionForm action={formAction} state={state} formId={formId} outcome="none" confirm={confirm}>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {available ? (
          <>
            <Button label={label} srLabel={srLabel} />
            {hint ? <p className="mt-1 text-sm text-muted">{hint}</p> : null}
          </>
        ) : null}
        <FormOutcome state={undoneRound === round ? initialActionState : state} variant="row" />
      </ActionForm>
      {undo && state.status === "success" ? <div key={round}>{undo(state, onUndone)}</div> : null}
    </div>
  );
}
