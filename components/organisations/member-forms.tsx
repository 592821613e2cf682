"use client";
// The admin's controls on one member row, and the member's own "leave" form. The server decides
// (the actions and mutations check the permission and the last-admin rule); these forms only
// offer what the page was told is allowed. Removing and leaving ask first.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import type { MembershipRole } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { organisationsLabels } from "@/lib/copy/organisations";
import { changeMemberRoleAction, leaveOrganisationAction, removeMemberAction } from "@/lib/organisations/organisations.actions";
import { INVITATION_ROLES } from "@/lib/organisations/organisations";
import { RowSubmitButton } from "./row-action";

// The organisations copy only, not the whole catalogue (lib/labels.ts): this is client code.
const t = organisationsLabels.members;

export function MemberRoleForm({ actorId, userId, name, role }: { actorId: string; userId: string; name: string; role: MembershipRole }) {
  const [state, action] = useActionState(changeMemberRoleAction, initialActionState);
  const selectId = `role-${userId}`;
  return (
    <ActionForm action={action} state={state} formId="organisation.member-role" outcome="none">
      <input type="hidden" name="actorId" value={actorId} />
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          {t.roleOf(name)}
        </label>
        {/* Keyed by the role: after a change the select shows the role the server now holds; a
            refusal leaves the choice as it was (the form is not reset). */}
        <select key={role} id={selectId} name="role" defaultValue={role} className="min-h-11 rounded-md border-2 border-line bg-white px-2 py-1.5 text-base">
          {INVITATION_ROLES.map((value) => (
            <option key={value} value={value}>
              {organisationsLabels.roles[value]}
            </option>
          ))}
        </select>
        <RowSubmitButton label={t.changeRole} hiddenSuffix={t.changeRoleSuffix(name)} />
      </div>
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

export function MemberRemoveForm({ actorId, userId, name }: { actorId: string; userId: string; name: string }) {
  const [state, action] = useActionState(removeMemberAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="organisation.member-remove" outcome="none" confirm={t.removeConfirm(name)}>
      <input type="hidden" name="actorId" value={actorId} />
      <input type="hidden" name="userId" value={userId} />
      <RowSubmitButton label={t.remove} hiddenSuffix={t.removeSuffix(name)} />
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

export function LeaveForm({ actorId, organisationName }: { actorId: string; organisationName: string }) {
  const [state, action] = useActionState(leaveOrganisationAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="organisation.leave" className="max-w-xl" confirm={t.leaveConfirm(organisationName)}>
      <input type="hidden" name="actorId" value={actorId} />
      <SubmitButton variant="secondary">{t.leaveSubmit}</SubmitButton>
    </ActionForm>
  );
}
