"use client";
// « Annuler » beside the message of a destructive action that is cheap to reverse (archive,
// unpublish, disable an account): a small form of its own, next to the message, that calls the
// reverse action. Once it succeeds its button goes and its own message (in focus) replaces the
// first one, which the owner hides through onUndone.
import { useActionState, useEffect, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState, type ActionState } from "@/lib/action-state";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

type Props = {
  action: Action;
  /** A literal at each call site ("kit.unarchive"): the form coverage reads it from the source. */
  formId: string;
  fields: Record<string, string>;
  label: string;
  /** Completes the button's accessible name: « Annuler l'archivage ». */
  hiddenSuffix: string;
  onUndone: () => void;
};

export function UndoForm({ action, formId, fields, label, hiddenSuffix, onUndone }: Props) {
  const [state, dispatch] = useActionState(action, initialActionState);
  const done = state.status === "success";
  useEffect(() => {
    if (done) onUndone();
  }, [done, onUndone]);
  return (
    <ActionForm action={dispatch} state={state} formId={formId} outcome="none" className="mt-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {done ? null : <RowSubmitButton label={label} hiddenSuffix={hiddenSuffix} />}
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

/**
 * A number that changes with each new state a form receives (each submit), so that the undo form
 * of one outcome is not reused for the next. Stable across re-renders with the same state.
 */
export function useOutcomeRound(state: ActionState): number {
  // React's "information from previous renders" pattern: the update is applied during this render.
  const [seen, setSeen] = useState({ state, round: 0 });
  if (seen.state === state) return seen.round;
  setSeen({ state, round: seen.round + 1 });
  return seen.round + 1;
}
