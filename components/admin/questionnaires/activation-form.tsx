"use client";
// Activates the version. Unlike the other one-button forms, it stays mounted once the version is
// active (only its button goes): the page refreshes with the new status, and the confirmation
// must survive that refresh to be read and announced.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { activateTemplateVersionAction } from "@/lib/diagnostics/templates.admin.actions";

const d = adminQuestionnairesCopy.detail;

function Submit({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClasses("primary", "disabled:opacity-70")}>
      {pending ? adminQuestionnairesCopy.pending : label}
    </button>
  );
}

type Props = { templateId: string; status: "DRAFT" | "ACTIVE" | "RETIRED"; activeVersion: number | null };

export function ActivationForm({ templateId, status, activeVersion }: Props) {
  const [state, formAction] = useActionState(activateTemplateVersionAction, initialActionState);
  const isError = state.status === "error";
  return (
    <form action={formAction}>
      <input type="hidden" name="templateId" value={templateId} />
      {status !== "ACTIVE" ? (
        <>
          <Submit label={status === "RETIRED" ? d.reactivate : d.activate} />
          <p className="mt-1 max-w-prose text-sm text-muted">{d.activateHint(activeVersion)}</p>
        </>
      ) : null}
      <p role={isError ? "alert" : "status"} className={`mt-1 text-sm ${isError ? "font-semibold text-red-700" : "font-semibold text-green-800"}`}>
        {state.status !== "idle" ? state.message : null}
      </p>
    </form>
  );
}
