"use client";
// The lead organisation's forms on the alliance page: stage change, results, submission. Each
// carries the version it was rendered with, so that a stale page gets the conflict message.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { AllianceStage } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { changeStageAction, saveResultsAction, submitAllianceAction } from "@/lib/alliances/workspace.actions";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { allianceStageLabels } from "@/lib/copy/directory-lists";

const c = alliancesWorkspaceCopy;

function Hidden({ id, version }: { id: string; version: number }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export function StageForm({ id, version, nextStages }: { id: string; version: number; nextStages: AllianceStage[] }) {
  const [state, action] = useActionState(changeStageAction, initialActionState);
  if (nextStages.length === 0) return <p>{c.stage.final}</p>;
  return (
    <ActionForm action={action} state={state} formId="alliance.stage">
      <Hidden id={id} version={version} />
      <SelectField
        name="toStage"
        label={c.stage.to}
        state={state}
        defaultValue={nextStages[0]}
        options={nextStages.map((stage) => ({ value: stage, label: allianceStageLabels[stage] }))}
        required
      />
      <TextAreaField name="comment" label={c.stage.comment} hint={c.stage.commentHint} state={state} maxLength={1000} required />
      <SubmitButton>{c.stage.submit}</SubmitButton>
    </ActionForm>
  );
}

/** `rule` says, before saving, what saving does to a published alliance (allianceEditRule). */
export function ResultsForm({ id, version, results, rule }: { id: string; version: number; results: string; rule: string }) {
  const [state, action] = useActionState(saveResultsAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="alliance.results">
      <Hidden id={id} version={version} />
      <p className="mb-4 font-semibold">{rule}</p>
      <TextAreaField name="results" label={c.detail.resultsLabel} state={state} defaultValue={results} maxLength={5000} />
      <SubmitButton variant="secondary">{c.detail.resultsSave}</SubmitButton>
    </ActionForm>
  );
}

export function SubmitForm({ id, version }: { id: string; version: number }) {
  const [state, action] = useActionState(submitAllianceAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="alliance.submit">
      <Hidden id={id} version={version} />
      <p className="mb-4">{c.submit.intro}</p>
      <SubmitButton>{c.submit.submit}</SubmitButton>
    </ActionForm>
  );
}
