"use client";
// A list page's table inside one form: tick rows (or every row of the page), pick « Dépublier »
// (with one reason for all) or « Publier », confirm, and the server applies it to each item.
// Native checkboxes and radios: every step works from the keyboard. The count of ticked rows is
// read from the form itself, so that the table can stay a server component passed as children.
import { useActionState, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
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

const t = adminContentCopy.bulk;

const ROW_BOXES = 'input[type="checkbox"][name="ids"]';

/** With `assign`, « Attribuer à… » joins the actions (lib/assignments). */
export type BulkAssign = { entity: AssignTarget; colleagues: ColleagueOption[] };

export function ContentBulkForm({ kind, children, assign }: { kind: ContentKind; children: ReactNode; assign?: BulkAssign }) {
  const { state, dispatch: action } = useAssignDispatch(useActionState(decideContentAction, initialActionState));
  const [decision, setDecision] = useState<ContentDecision | typeof ASSIGN_DECISION>("unpublish");
  const [colleague, setColleague] = useState("");
  const [selection, setSelection] = useState({ checked: 0, total: 0 });
  const area = useRef<HTMLDivElement>(null);

  const recount = useCallback(() => {
    const boxes = [...(area.current?.closest("form")?.querySelectorAll<HTMLInputElement>(ROW_BOXES) ?? [])];
    setSelection({ checked: boxes.filter((box) => box.checked).length, total: boxes.length });
  }, []);
  // After a success the form remounts its rows (resetOnSuccess) and the page may list others.
  useEffect(() => {
    const frame = requestAnimationFrame(recount);
    return () => cancelAnimationFrame(frame);
  }, [state, children, recount]);

  function toggleAll(checked: boolean) {
    area.current
      ?.closest("form")
      ?.querySelectorAll<HTMLInputElement>(ROW_BOXES)
      .forEach((box) => (box.checked = checked));
    recount();
  }

  const confirm =
    selection.checked === 0
      ? undefined
      : decision === ASSIGN_DECISION && assign
        ? assignmentsCopy.bulk.confirm(selection.checked, assign.entity, colleagueLabel(assign.colleagues, colleague))
        : decision === "unpublish"
          ? t.confirmUnpublish(selection.checked, kind)
          : t.confirmPublish(selection.checked, kind);
  const allChecked = selection.total > 0 && selection.checked === selection.total;

  return (
    <ActionForm action={action} state={state} formId="content.bulk" confirm={confirm} resetOnSuccess onChange={recount}>
      <input type="hidden" name="kind" value={kind} />
      <div ref={area} className="mb-4 flex flex-wrap items-center gap-x-6 gap-y-2">
        <label className="inline-flex min-h-11 items-center gap-2 font-semibold">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={allChecked}
            onChange={(event) => toggleAll(event.target.checked)}
            disabled={selection.total === 0}
          />
          {t.selectAll}
        </label>
        <p aria-live="polite" className="text-muted">
          {t.selected(selection.checked)}
        </p>
      </div>
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
