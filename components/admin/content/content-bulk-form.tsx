"use client";
// A list page's table inside one form: tick rows (or every row of the page), pick « Dépublier »
// (with one reason for all) or « Publier », confirm, and the server applies it to each item.
// Native checkboxes and radios: every step works from the keyboard. The count of ticked rows is
// read from the form itself, so that the table can stay a server component passed as children.
import { useActionState, useState, type ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { CONTENT_DECISIONS_BY_KIND, UNPUBLISH_REASON_MAX_LENGTH, type ContentDecision, type ContentKind } from "@/lib/content-admin/content-admin";
import { decideContentAction } from "@/lib/content-admin/content-admin.actions";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { assignmentsCopy } from "@/lib/copy/assignments";
import type { AssignTarget } from "@/lib/assignments/assignments";
import { AssignFields, colleagueLabel, type ColleagueOption } from "@/components/admin/assignments/assign-fields";
import { ASSIGN_DECISION, useAssignDispatch } from "@/components/admin/assignments/use-assign-dispatch";
import { SelectAllBar, useRowSelection } from "./row-selection";

const t = adminContentCopy.bulk;

/** With `assign`, « Attribuer à… » joins the actions (lib/assignments). */
export type BulkAssign = { entity: AssignTarget; colleagues: ColleagueOption[] };

export function ContentBulkForm({ kind, children, assign }: { kind: ContentKind; children: ReactNode; assign?: BulkAssign }) {
  const { state, dispatch: action } = useAssignDispatch(useActionState(decideContentAction, initialActionState));
  const [decision, setDecision] = useState<ContentDecision | typeof ASSIGN_DECISION>("unpublish");
  const [colleague, setColleague] = useState("");
  const rows = useRowSelection(state, children);
  const selection = rows.selection;

  const confirm =
    selection.checked === 0
      ? undefined
      : decision === ASSIGN_DECISION && assign
        ? assignmentsCopy.bulk.confirm(selection.checked, assign.entity, colleagueLabel(assign.colleagues, colleague))
        : decision === "unpublish"
          ? t.confirmUnpublish(selection.checked, kind)
          : t.confirmPublish(selection.checked, kind);

  return (
    <ActionForm action={action} state={state} formId="content.bulk" confirm={confirm} resetOnSuccess onChange={rows.recount}>
      <input type="hidden" name="kind" value={kind} />
      <SelectAllBar selection={rows} />
      {children}
      <section aria-labelledby="action-selection" className="mt-6 rounded-lg border border-line p-4">
        <h2 id="action-selection" className="mb-3 text-lg font-bold">
          {t.legend}
        </h2>
        <fieldset className="mb-4">
          <legend className="font-semibold">{t.decision}</legend>
          <div className="flex flex-wrap gap-6">
            {CONTENT_DECISIONS_BY_KIND[kind].map((value) => (
              <label key={value} className="inline-flex min-h-11 items-center gap-2">
                <input type="radio" name="decision" value={value} className="h-5 w-5" checked={decision === value} onChange={() => setDecision(value)} />
                {value === "unpublish" ? t.unpublish : t.publish}
              </label>
            ))}
            {assign ? (
              <label className="inline-flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="decision"
                  value={ASSIGN_DECISION}
                  className="h-5 w-5"
                  checked={decision === ASSIGN_DECISION}
                  onChange={() => setDecision(ASSIGN_DECISION)}
                />
                {assignmentsCopy.bulk.choice}
              </label>
            ) : null}
          </div>
        </fieldset>
        {/* Kept in place (disabled, so not sent) while « Publier » is chosen: what was typed stays. */}
        <TextAreaField
          id="motif-selection"
          name="reason"
          label={t.reasonLabel}
          hint={t.reasonHint}
          state={state}
          maxLength={UNPUBLISH_REASON_MAX_LENGTH}
          rows={3}
          disabled={decision !== "unpublish"}
        />
        {assign ? (
          <AssignFields
            entity={assign.entity}
            colleagues={assign.colleagues}
            value={colleague}
            onChange={setColleague}
            state={state}
            disabled={decision !== ASSIGN_DECISION}
            idPrefix="attribution-selection"
          />
        ) : null}
        <SubmitButton pendingLabel={t.pending}>{t.submit}</SubmitButton>
      </section>
    </ActionForm>
  );
}
