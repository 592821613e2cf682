"use client";
// Opt-in publication of the anonymised summary on the territory page; organisation admins only
// (the action and the mutation check it again). Withdrawing it asks for confirmation first.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { publishDiagnosticAction, unpublishDiagnosticAction } from "@/lib/diagnostics/diagnostics.actions";

const t = diagnosticsCopy.publication;

export function PublicationForm({
  id,
  territory,
  published,
  canPublish,
  withdrawnReason,
}: {
  id: string;
  territory: string;
  published: boolean;
  canPublish: boolean;
  /** Set when the team withdrew the summary: shown until the organisation publishes it again. */
  withdrawnReason?: string | null;
}) {
  const [state, action] = useActionState(published ? unpublishDiagnosticAction : publishDiagnosticAction, initialActionState);
  return (
    <section aria-labelledby="publication" className="mb-10 max-w-3xl print:hidden">
      <h2 id="publication" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      {!published && withdrawnReason?.trim() ? (
        <div className="mb-4 rounded-md border-l-4 border-odd17 bg-surface p-3">
          <p className="font-semibold">{adminContentCopy.workspace.diagnosticLabel}</p>
          <p className="mt-2">{adminContentCopy.workspace.diagnosticText}</p>
          <p className="mt-2 whitespace-pre-line">{adminContentCopy.workspace.reason(withdrawnReason)}</p>
        </div>
      ) : null}
      {canPublish ? (
        <ActionForm
          action={action}
          state={state}
          formId={published ? "diagnostic.unpublish" : "diagnostic.publish"}
          confirm={published ? t.unpublishConfirm(territory) : undefined}
        >
          <p className="mb-4">{published ? t.published : t.notPublished}</p>
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant={published ? "secondary" : "primary"} pendingLabel={published ? t.unpublishing : t.publishing}>
            {published ? t.unpublish : t.publish}
          </SubmitButton>
        </ActionForm>
      ) : (
        <>
          <p className="mb-4">{published ? t.published : t.notPublished}</p>
          <p className="text-muted">{t.adminOnly}</p>
        </>
      )}
    </section>
  );
}
