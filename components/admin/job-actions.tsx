"use client";
// One failed job's « Relancer » and « Abandonner » buttons (/admin/taches). The server decides
// (lib/jobs/dead-letters.mutations.ts); giving a job up asks first. Once either succeeded, both
// buttons go and the message stays in the row (the page is not re-rendered under the reader:
// the list is as it was when opened, the row now says what became of the job).
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState } from "@/lib/action-state";
import { jobsAdminLabels } from "@/lib/copy/jobs-admin";
import { decideJobAction } from "@/lib/jobs/dead-letters.actions";

const t = jobsAdminLabels;

export function JobActions({ jobId, retryLabel }: { jobId: string; retryLabel: string }) {
  const [retryState, retry] = useActionState(decideJobAction, initialActionState);
  const [discardState, discard] = useActionState(decideJobAction, initialActionState);
  const done = retryState.status === "success" || discardState.status === "success";
  const suffix = t.ofJob(jobId).trim();
  return (
    <div className="flex flex-wrap gap-2">
      <ActionForm action={retry} state={retryState} formId="job.retry" outcome="none">
        <input type="hidden" name="jobId" value={jobId} />
        <input type="hidden" name="decision" value="retry" />
        {done ? null : <RowSubmitButton label={retryLabel} hiddenSuffix={suffix} />}
        <FormOutcome state={retryState} variant="row" />
      </ActionForm>
      <ActionForm action={discard} state={discardState} formId="job.discard" outcome="none" confirm={t.confirmDiscard(jobId)}>
        <input type="hidden" name="jobId" value={jobId} />
        <input type="hidden" name="decision" value="discard" />
        {done ? null : <RowSubmitButton label={t.discard} hiddenSuffix={suffix} variant="danger" />}
        <FormOutcome state={discardState} variant="row" />
      </ActionForm>
    </div>
  );
}
