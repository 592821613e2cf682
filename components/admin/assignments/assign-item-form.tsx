"use client";
// One item's « Attribuer à un collègue » form (its back-office page): pick a colleague (or nobody),
// add a note, confirm.
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import type { AssignableEntity } from "@/lib/assignments/assignments";
import { assignContentAction } from "@/lib/assignments/assignments.actions";
import { assignmentsCopy } from "@/lib/copy/assignments";
import { AssignFields, colleagueLabel, type ColleagueOption } from "./assign-fields";

const t = assignmentsCopy.item;

export function AssignItemForm({
  entity,
  id,
  title,
  colleagues,
  assigneeId,
}: {
  entity: AssignableEntity;
  id: string;
  title: string;
  colleagues: ColleagueOption[];
  assigneeId: string | null;
}) {
  const [state, action] = useActionState(assignContentAction, initialActionState);
  const [colleague, setColleague] = useState(assigneeId ?? "");
  return (
    <ActionForm action={action} state={state} formId="content.assign" confirm={t.confirm(title, colleagueLabel(colleagues, colleague))}>
      <fieldset>
        <legend className="mb-3 font-semibold">{t.legend}</legend>
        <input type="hidden" name="ids" value={id} />
        <AssignFields entity={entity} colleagues={colleagues} value={colleague} onChange={setColleague} state={state} idPrefix="attribution" />
        <SubmitButton pendingLabel={assignmentsCopy.pending} variant="secondary">
          {t.submit}
        </SubmitButton>
      </fieldset>
    </ActionForm>
  );
}
