"use client";
// The forms of « Motifs de refus enregistrés »: add one (emptied after a success, to add another)
// and remove one (asked first). The server checks the permission and the rules.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState } from "@/lib/action-state";
import { adminLabels } from "@/lib/copy/admin";
import { deleteReasonAction, saveReasonAction } from "@/lib/moderation/moderation.actions";

const t = adminLabels.moderation.savedReasons;

export function SavedReasonForm() {
  const [state, action] = useActionState(saveReasonAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="moderation.reason.save" resetOnSuccess className="max-w-2xl">
      <TextField name="label" label={t.label} hint={t.labelHint} state={state} required maxLength={80} autoComplete="off" />
      <TextAreaField name="text" label={t.text} state={state} required maxLength={1000} rows={4} />
      <SubmitButton pendingLabel={t.adding}>{t.add}</SubmitButton>
    </ActionForm>
  );
}

export function RemoveSavedReasonForm({ id, label }: { id: string; label: string }) {
  const [state, action] = useActionState(deleteReasonAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="moderation.reason.delete" outcome="none" confirm={t.confirmRemove(label)}>
      <input type="hidden" name="id" value={id} />
      <RowSubmitButton label={t.remove} hiddenSuffix={t.removeFor(label)} variant="danger" />
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}
