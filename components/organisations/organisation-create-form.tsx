"use client";
import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ActorKind } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { labels } from "@/lib/labels";
import { createOrganisationAction } from "@/lib/organisations/organisations.actions";

const t = labels.organisations.create;

const kindOptions = [
  { value: "", label: t.kindPlaceholder },
  ...Object.values(ActorKind).map((kind) => ({ value: kind, label: labels.organisations.kinds[kind] })),
];

export function OrganisationCreateForm() {
  const [state, action] = useActionState(createOrganisationAction, initialActionState);
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      <TextField name="name" label={t.name} state={state} autoComplete="organization" maxLength={150} required />
      <SelectField name="kind" label={t.kind} state={state} options={kindOptions} required />
      <TextField name="siren" label={t.siren} hint={t.sirenHint} state={state} inputMode="numeric" autoComplete="off" maxLength={20} />
      <TextAreaField name="description" label={t.description} hint={t.descriptionHint} state={state} maxLength={2000} />
      <TextField name="website" type="url" label={t.website} hint={t.websiteHint} state={state} autoComplete="url" placeholder="https://" />
      <TextField name="contactEmail" type="email" label={t.contactEmail} hint={t.contactEmailHint} state={state} autoComplete="email" />
      <SubmitButton pendingLabel={t.pending}>{t.submit}</SubmitButton>
    </form>
  );
}
