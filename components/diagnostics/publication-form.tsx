"use client";
// Opt-in publication of the anonymised summary on the territory page; organisation admins only
// (the action and the mutation check it again).
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { publishDiagnosticAction, unpublishDiagnosticAction } from "@/lib/diagnostics/diagnostics.actions";

const t = diagnosticsCopy.publication;

export function PublicationForm({ id, published, canPublish }: { id: string; published: boolean; canPublish: boolean }) {
  const [state, action] = useActionState(published ? unpublishDiagnosticAction : publishDiagnosticAction, initialActionState);
  return (
    <section aria-labelledby="publication" className="mb-10 max-w-3xl print:hidden">
      <h2 id="publication" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      <FormMessage state={state} />
      <p className="mb-4">{published ? t.published : t.notPublished}</p>
      {canPublish ? (
        <form action={action}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant={published ? "secondary" : "primary"} pendingLabel={published ? t.unpublishing : t.publishing}>
            {published ? t.unpublish : t.publish}
          </SubmitButton>
        </form>
      ) : (
        <p className="text-muted">{t.adminOnly}</p>
      )}
    </section>
  );
}
