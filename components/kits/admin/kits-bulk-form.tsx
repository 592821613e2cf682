"use client";
// The kits list's table inside one form: tick rows (or the whole page), choose « Publier le
// brouillon », « Archiver », « Restaurer » or « Attribuer à… », confirm, and the server applies it
// to each kit and reports which were skipped and why.
import { useActionState, useState, type ReactNode } from "react";
import { AssignFields, colleagueLabel, type ColleagueOption } from "@/components/admin/assignments/assign-fields";
import { ASSIGN_DECISION, useAssignDispatch } from "@/components/admin/assignments/use-assign-dispatch";
import { SelectAllBar, useRowSelection } from "@/components/admin/content/row-selection";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { assignmentsCopy } from "@/lib/copy/assignments";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { bulkKitsAction } from "@/lib/kits/kits.bulk.actions";
import { KIT_BULK_DECISIONS, type KitBulkDecision } from "@/lib/kits/kits.list";

const t = kitsAdminLabels.bulk;

export function KitsBulkForm({ colleagues, children }: { colleagues: ColleagueOption[]; children: ReactNode }) {
  const { state, dispatch } = useAssignDispatch(useActionState(bulkKitsAction, initialActionState));
  const [decision, setDecision] = useState<KitBulkDecision | typeof ASSIGN_DECISION>("publish");
  const [colleague, setColleague] = useState("");
  const rows = useRowSelection(state, children);
  const n = rows.selection.checked;
  const confirm =
    n === 0 ? undefined : decision === ASSIGN_DECISION ? assignmentsCopy.bulk.confirm(n, "Kit", colleagueLabel(colleagues, colleague)) : t.confirm(decision, n);
  const choices: { value: KitBulkDecision | typeof ASSIGN_DECISION; label: string }[] = [
    ...KIT_BULK_DECISIONS.map((value) => ({ value, label: t.decisions[value] })),
    { value: ASSIGN_DECISION, label: assignmentsCopy.bulk.choice },
  ];

  return (
    <ActionForm action={dispatch} state={state} formId="kit.bulk" confirm={confirm} resetOnSuccess onChange={rows.recount}>
      <SelectAllBar selection={rows} />
      {children}
      <section aria-labelledby="action-selection" className="mt-6 rounded-lg border border-line p-4">
        <h2 id="action-selection" className="mb-3 text-lg font-bold">
          {t.legend}
        </h2>
        <fieldset className="mb-4">
          <legend className="font-semibold">{t.decision}</legend>
          <div className="flex flex-wrap gap-6">
            {choices.map((choice) => (
              <label key={choice.value} className="inline-flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="decision"
                  value={choice.value}
                  className="h-5 w-5"
                  checked={decision === choice.value}
                  onChange={() => setDecision(choice.value)}
                />
                {choice.label}
              </label>
            ))}
          </div>
        </fieldset>
        <AssignFields
          entity="Kit"
          colleagues={colleagues}
          value={colleague}
          onChange={setColleague}
          state={state}
          disabled={decision !== ASSIGN_DECISION}
          idPrefix="attribution-selection"
        />
        <SubmitButton pendingLabel={t.pending}>{t.submit}</SubmitButton>
      </section>
    </ActionForm>
  );
}
