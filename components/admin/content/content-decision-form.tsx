"use client";
// The team's decision on one item, on its back-office page: unpublish a published item (with the
// reason its owners will see), or publish one that is not. Both ask for confirmation first; the
// server checks the permission, the reason and that the status still allows it.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { UNPUBLISH_REASON_MAX_LENGTH, isDecisionAllowed, type ContentKind } from "@/lib/content-admin/content-admin";
import { decideContentAction } from "@/lib/content-admin/content-admin.actions";
import { adminContentCopy } from "@/lib/copy/admin-content";

const t = adminContentCopy.item;

export function ContentDecisionForm({ kind, id, title, published }: { kind: ContentKind; id: string; title: string; published: boolean }) {
  const [state, action] = useActionState(decideContentAction, initialActionState);
  const decision = published ? "unpublish" : "publish";
  // A diagnostic summary is withdrawn from the territory's page, not « dépubliée » from a directory.
  const diagnostic = kind === "diagnostic";
  // Nothing the team may do (a withdrawn diagnostic summary: only its organisation publishes it).
  // The form stays mounted, without fields, so that the outcome of the last decision stays shown.
  if (!published && !isDecisionAllowed(kind, "publish")) {
    return (
      <ActionForm action={action} state={state} formId="content.unpublish">
        <p>{t.nothingToDecide}</p>
      </ActionForm>
    );
  }
  return (
    <ActionForm
      action={action}
      state={state}
      formId={published ? "content.unpublish" : "content.publish"}
      confirm={published ? (diagnostic ? t.confirmUnpublishDiagnostic(title) : t.confirmUnpublish(title)) : t.confirmPublish(title)}
    >
      <fieldset>
        <legend className="mb-3 font-semibold">
          {published ? (diagnostic ? t.unpublishDiagnosticLegend : t.unpublishLegend(title)) : t.publishLegend(title)}
        </legend>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="ids" value={id} />
        <input type="hidden" name="decision" value={decision} />
        {published ? (
          <TextAreaField
            id="motif-depublication"
            name="reason"
            label={adminContentCopy.bulk.reasonLabel}
            hint={diagnostic ? adminContentCopy.diagnostics.reasonHint : adminContentCopy.bulk.reasonHint}
            state={state}
            maxLength={UNPUBLISH_REASON_MAX_LENGTH}
            rows={3}
          />
        ) : null}
        <SubmitButton pendingLabel={adminContentCopy.bulk.pending} variant={published ? "secondary" : "primary"}>
          {published ? (diagnostic ? t.unpublishDiagnostic : t.unpublish) : t.publish}
        </SubmitButton>
      </fieldset>
    </ActionForm>
  );
}
