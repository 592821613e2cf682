"use client";
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { contactActorAction } from "@/lib/actors/contact.actions";
import { actorContactLabels } from "@/lib/copy/directory-forms";

const t = actorContactLabels;

export function ActorContactForm({ actorSlug }: { actorSlug: string }) {
  const [state, action] = useActionState(contactActorAction, initialActionState);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      <input type="hidden" name="actorSlug" value={actorSlug} />
      <TextField name="subject" label={t.subject} state={state} required maxLength={150} />
      <TextAreaField name="message" label={t.message} hint={t.messageHint} state={state} required maxLength={4000} />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
