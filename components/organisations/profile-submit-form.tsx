"use client";
// "Soumettre à la modération": a DRAFT or REJECTED profile goes to the team's queue.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { submitOrganisationProfileAction } from "@/lib/organisations/profile.actions";

const t = organisationProfileCopy.submitSection;

export function ProfileSubmitForm({ id, version }: { id: string; version: number }) {
  const [state, action] = useActionState(submitOrganisationProfileAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="organisation.profile-submit" className="max-w-3xl">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel={t.pending}>{t.button}</SubmitButton>
    </ActionForm>
  );
}
