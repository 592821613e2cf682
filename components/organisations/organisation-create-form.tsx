"use client";
// The new organisation's form (ActionForm: nothing typed or chosen is reset after a refusal). Its
// territories of action use the same picker as the profile, and at least one is required there too.
import { useActionState } from "react";
import { TerritoryPicker } from "@/components/alliances/workspace/territory-picker";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { ActorKind } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { organisationsLabels } from "@/lib/copy/organisations";
import { createOrganisationAction } from "@/lib/organisations/organisations.actions";

// The organisations copy only, not the whole catalogue (lib/labels.ts): this is client code.
const t = organisationsLabels.create;

const kindOptions = [
  { value: "", label: t.kindPlaceholder },
  ...Object.values(ActorKind).map((kind) => ({ value: kind, label: organisationsLabels.kinds[kind] })),
];

export function OrganisationCreateForm() {
  const [state, action] = useActionState(createOrganisationAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="organisation.create" className="max-w-2xl">
      <TextField name="name" label={t.name} state={state} autoComplete="organization" maxLength={150} required />
      <SelectField name="kind" label={t.kind} state={state} options={kindOptions} required />
      <TextField name="siren" label={t.siren} hint={t.sirenHint} state={state} inputMode="numeric" autoComplete="off" maxLength={20} />
      <TextAreaField name="description" label={t.description} hint={t.descriptionHint} state={state} maxLength={2000} />
      <TerritoryPicker initial={[]} errors={state.fieldErrors?.territories ?? []} legend={t.territoriesLegend} />
      <TextField name="website" type="url" label={t.website} hint={t.websiteHint} state={state} autoComplete="url" placeholder="https://" />
      <TextField name="contactEmail" type="email" label={t.contactEmail} hint={t.contactEmailHint} state={state} autoComplete="email" />
      <SubmitButton pendingLabel={t.pending}>{t.submit}</SubmitButton>
    </ActionForm>
  );
}
