"use client";
// The forms of the project territories pages: the details (create or edit), one member's add or
// remove button, and the deletion. The server checks the permission and every rule; these forms
// only keep what was typed and announce the outcome.
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { RowOutcome, RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState } from "@/lib/action-state";
import { labels } from "@/lib/labels";
import {
  addProjectMemberAction,
  createProjectTerritoryAction,
  deleteProjectTerritoryAction,
  removeProjectMemberAction,
  updateProjectTerritoryAction,
} from "@/lib/project-territories/project-territories.actions";

const t = labels.admin.projectTerritories;

type Details = { id: number; name: string; code: string; description: string | null };

/** Creates a project (no `project`) or edits the details of one. */
export function ProjectTerritoryForm({ project }: { project?: Details }) {
  const [state, action] = useActionState(project ? updateProjectTerritoryAction : createProjectTerritoryAction, initialActionState);
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      {project ? <input type="hidden" name="id" value={project.id} /> : null}
      <TextField name="name" label={t.name} hint={t.nameHint} state={state} defaultValue={project?.name} required maxLength={150} autoComplete="off" />
      <TextField name="code" label={t.code} hint={t.codeHint} state={state} defaultValue={project?.code} required maxLength={40} autoComplete="off" />
      <TextAreaField name="description" label={t.description} hint={t.descriptionHint} state={state} defaultValue={project?.description ?? ""} maxLength={2000} />
      <SubmitButton pendingLabel={t.pending}>{project ? t.save : t.create}</SubmitButton>
    </form>
  );
}

/**
 * One territory's add (search results) or remove (members) button. A search result already in the
 * project says so instead of offering the button; the form stays mounted so that the outcome of
 * the addition that just happened is still announced.
 */
export function ProjectMemberForm({
  projectId,
  memberId,
  memberName,
  mode,
  alreadyMember = false,
}: {
  projectId: number;
  memberId: number;
  memberName: string;
  mode: "add" | "remove";
  alreadyMember?: boolean;
}) {
  const [state, action] = useActionState(mode === "add" ? addProjectMemberAction : removeProjectMemberAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="memberId" value={memberId} />
      {mode === "add" && alreadyMember ? (
        <span className="text-muted">{t.alreadyMember}</span>
      ) : (
        <RowSubmitButton label={mode === "add" ? t.add : t.remove} hiddenSuffix={t.forMember(memberName).trim()} variant={mode === "add" ? "primary" : "secondary"} />
      )}
      <RowOutcome state={state} />
    </form>
  );
}

export function DeleteProjectTerritoryForm({ projectId, name }: { projectId: number; name: string }) {
  const [state, action] = useActionState(deleteProjectTerritoryAction, initialActionState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={projectId} />
      <RowSubmitButton label={t.delete} hiddenSuffix={`« ${name} »`} />
    </form>
  );
}
