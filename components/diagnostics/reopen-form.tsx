"use client";
// "Rouvrir pour modifier": the consequences are stated before the button (results recomputed,
// a published summary withdrawn). Withdrawing a published summary is asked in a dialog, as every
// withdrawal is; the action and the mutation check the rights again (diagnostic.update, plus
// diagnostic.publish for a published one).
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { reopenDiagnosticAction } from "@/lib/diagnostics/diagnostics.actions";

const t = diagnosticsCopy.reopen;

type Props = { id: string; territory: string; version: number; published: boolean; canReopen: boolean };

export function ReopenForm({ id, territory, version, published, canReopen }: Props) {
  const [state, action] = useActionState(reopenDiagnosticAction, initialActionState);
  const intro = (
    <>
      <p className="mb-4">{t.intro}</p>
      {published ? <p className="mb-4 font-semibold">{canReopen ? t.publishedWarning : t.publishedAdminOnly}</p> : null}
    </>
  );
  return (
    <section aria-labelledby="rouvrir" className="mb-10 max-w-3xl print:hidden">
      <h2 id="rouvrir" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      {canReopen ? (
        <ActionForm action={action} state={state} formId="diagnostic.reopen" confirm={published ? t.publishedConfirm(territory) : undefined}>
          {intro}
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <SubmitButton variant="secondary" pendingLabel={t.pending}>
            {t.submit}
          </SubmitButton>
        </ActionForm>
      ) : (
        intro
      )}
    </section>
  );
}
