"use client";
// "Soumettre à la modération": a DRAFT or REJECTED profile goes to the team's queue.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { submitOrganisationProfileAction } from "@/lib/organisations/profile.actions";

const t = organisationProfileCopy.submitSection;

export function ProfileSubmitForm({ id, version }: { id: string; version: number }) {
  const [state, action] = useActionState(submitOrganisationProfileAction, initialActionState);
  return (
    <form action={action} className="max-w-3xl">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel={t.pending}>{t.button}</SubmitButton>
    </form>
  );
}
