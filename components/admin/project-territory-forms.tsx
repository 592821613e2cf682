"use client";
// The forms of the project territories pages: the details (create or edit), one member's add or
// remove button, and the deletion (asked first). The server checks the permission and every rule;
// these forms only keep what was typed and announce the outcome.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useFormPending } from "@/components/forms/action-form-context";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { RowSubmitButton } from "@/components/organisations/row-action";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { adminLabels } from "@/lib/copy/admin";
import {
  addProjectMemberAction,
  createProjectTerritoryAction,
  deleteProjectTerritoryAction,
  removeProjectMemberAction,
  projectMemberListAction,
  updateProjectTerritoryAction,
} from "@/lib/project-territories/project-territories.actions";

const t = adminLabels.projectTerritories;

type Details = { id: number; name: string; code: string; description: string | null };

/** Creates a project (no `project`) or edits the details of one. */
export function ProjectTerritoryForm({ project }: { project?: Details }) {
  const [state, action] = useActionState(project ? updateProjectTerritoryAction : createProjectTerritoryAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId={project ? "project-territory.update" : "project-territory.create"} className="max-w-2xl">
      {project ? <input type="hidden" name="id" value={project.id} /> : null}
      <TextField name="name" label={t.name} hint={t.nameHint} state={state} defaultValue={project?.name} required maxLength={150} autoComplete="off" />
      <TextField name="code" label={t.code} hint={t.codeHint} state={state} defaultValue={project?.code} required maxLength={40} autoComplete="off" />
      <TextAreaField
        name="description"
        label={t.description}
        hint={t.descriptionHint}
        state={state}
        defaultValue={project?.description ?? ""}
        maxLength={2000}
      />
      <SubmitButton pendingLabel={t.pending}>{project ? t.save : t.create}</SubmitButton>
    </ActionForm>
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
    <ActionForm action={action} state={state} formId={mode === "add" ? "project-territory.member-add" : "project-territory.member-remove"} outcome="none">
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="memberId" value={memberId} />
      {mode === "add" && alreadyMember ? (
        <span className="text-muted">{t.alreadyMember}</span>
      ) : (
        <RowSubmitButton
          label={mode === "add" ? t.add : t.remove}
          hiddenSuffix={t.forMember(memberName).trim()}
          variant={mode === "add" ? "primary" : "secondary"}
        />
      )}
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

export function DeleteProjectTerritoryForm({ projectId, name }: { projectId: number; name: string }) {
  const [state, action] = useActionState(deleteProjectTerritoryAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="project-territory.delete" confirm={t.confirmDelete(name)}>
      <input type="hidden" name="id" value={projectId} />
      <RowSubmitButton label={t.delete} hiddenSuffix={`« ${name} »`} />
    </ActionForm>
  );
}

const CODE_FILE_ACCEPT = ".csv,.xlsx,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * « Ajouter une liste de codes »: « Vérifier la liste » says what would be added and which codes
 * are wrong, and keeps the list (a file's codes, read by the server, come back as the list); « Ajouter les territoires de la liste » appears once a list has
 * been checked (the server checks it again, and adds all or nothing).
 */
export function ProjectMemberListForm({ projectId }: { projectId: number }) {
  const [state, action] = useActionState(projectMemberListAction, initialActionState);
  const checked = state.status === "success" && state.values?.checked === "1";
  return (
    <ActionForm action={action} state={state} formId="project-territory.member-list" resetOnSuccess className="max-w-2xl">
      <input type="hidden" name="projectId" value={projectId} />
      <TextAreaField name="codes" label={t.list.label} hint={t.list.hint} state={state} rows={6} maxLength={30000} />
      <TextField name="file" type="file" label={t.list.file} hint={t.list.fileHint} state={state} accept={CODE_FILE_ACCEPT} />
      <div className="flex flex-wrap gap-3">
        <ListButton intent="check" label={t.list.check} variant={checked ? "secondary" : "primary"} />
        {checked ? <ListButton intent="add" label={t.list.add} variant="primary" /> : null}
      </div>
    </ActionForm>
  );
}

function ListButton({ intent, label, variant }: { intent: "check" | "add"; label: string; variant: "primary" | "secondary" }) {
  const pending = useFormPending();
  return (
    <button type="submit" name="intent" value={intent} disabled={pending} aria-disabled={pending} className={buttonClasses(variant, "disabled:opacity-70")}>
      {pending ? t.list.checking : label}
    </button>
  );
}
