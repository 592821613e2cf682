"use client";
// Activates the version, after a confirmation (every new diagnostic will take it). Unlike the
// other one-button forms, it stays mounted once the version is active (only its button goes): the
// page refreshes with the new status, and the confirmation must survive that refresh to be read
// and announced.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useFormPending } from "@/components/forms/action-form-context";
import { FormOutcome } from "@/components/forms/form-outcome";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { activateTemplateVersionAction } from "@/lib/diagnostics/templates.admin.actions";

const d = adminQuestionnairesCopy.detail;

function Submit({ label }: { label: string }) {
  const pending = useFormPending();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClasses("primary", "disabled:opacity-70")}>
      {pending ? adminQuestionnairesCopy.pending : label}
    </button>
  );
}

type Props = { templateId: string; version: number; status: "DRAFT" | "ACTIVE" | "RETIRED"; activeVersion: number | null };

export function ActivationForm({ templateId, version, status, activeVersion }: Props) {
  const [state, formAction] = useActionState(activateTemplateVersionAction, initialActionState);
  return (
    <ActionForm action={formAction} state={state} formId="questionnaire.activate" outcome="none" confirm={d.confirmActivate(version, activeVersion)}>
      <input type="hidden" name="templateId" value={templateId} />
      {status !== "ACTIVE" ? (
        <>
          <Submit label={status === "RETIRED" ? d.reactivate : d.activate} />
          <p className="mt-1 max-w-prose text-sm text-muted">{d.activateHint(activeVersion)}</p>
        </>
      ) : null}
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}
