"use client";
// Opt-in publication of the anonymised summary on the territory page; organisation admins only
// (the action and the mutation check it again). Withdrawing it asks for confirmation first.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { publishDiagnosticAction, unpublishDiagnosticAction } from "@/lib/diagnostics/diagnostics.actions";

const t = diagnosticsCopy.publication;

export function PublicationForm({ id, territory, published, canPublish }: { id: string; territory: string; published: boolean; canPublish: boolean }) {
  const [state, action] = useActionState(published ? unpublishDiagnosticAction : publishDiagnosticAction, initialActionState);
  return (
    <section aria-labelledby="publication" className="mb-10 max-w-3xl print:hidden">
      <h2 id="publication" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
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
