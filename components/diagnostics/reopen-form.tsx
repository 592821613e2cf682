"use client";
// "Rouvrir pour modifier": the consequences are stated before the button (results recomputed,
// a published summary withdrawn), which is the confirmation; the action and the mutation check
// the rights again (diagnostic.update, plus diagnostic.publish for a published one).
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { reopenDiagnosticAction } from "@/lib/diagnostics/diagnostics.actions";

const t = diagnosticsCopy.reopen;

export function ReopenForm({ id, version, published, canReopen }: { id: string; version: number; published: boolean; canReopen: boolean }) {
  const [state, action] = useActionState(reopenDiagnosticAction, initialActionState);
  return (
    <section aria-labelledby="rouvrir" className="mb-10 max-w-3xl print:hidden">
      <h2 id="rouvrir" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      <FormMessage state={state} />
      <p className="mb-4">{t.intro}</p>
      {published ? <p className="mb-4 font-semibold">{canReopen ? t.publishedWarning : t.publishedAdminOnly}</p> : null}
      {canReopen ? (
        <form action={action}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <SubmitButton variant="secondary" pendingLabel={t.pending}>
            {t.submit}
          </SubmitButton>
        </form>
      ) : null}
    </section>
  );
}
