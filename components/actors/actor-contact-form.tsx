"use client";
// A signed-in user's message to a published organisation. Once sent, the fields give way to the
// focused outcome (the form stays mounted so that the outcome keeps the focus).
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { contactActorAction } from "@/lib/actors/contact.actions";
import { actorContactLabels } from "@/lib/copy/directory-forms";

const t = actorContactLabels;

export function ActorContactForm({ actorSlug }: { actorSlug: string }) {
  const [state, action] = useActionState(contactActorAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="actor.contact" className="max-w-2xl">
      {state.status === "success" ? null : (
        <>
          <input type="hidden" name="actorSlug" value={actorSlug} />
          <TextField name="subject" label={t.subject} state={state} required maxLength={150} />
          <TextAreaField name="message" label={t.message} hint={t.messageHint} state={state} required maxLength={4000} />
          <SubmitButton>{t.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
