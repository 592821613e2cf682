"use client";
// The admin's controls on one member row, and the member's own "leave" form. The server decides
// (the actions and mutations check the permission and the last-admin rule); these forms only
// offer what the page was told is allowed.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { MembershipRole } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { labels } from "@/lib/labels";
import { changeMemberRoleAction, leaveOrganisationAction, removeMemberAction } from "@/lib/organisations/organisations.actions";
import { INVITATION_ROLES } from "@/lib/organisations/organisations";
import { RowOutcome, RowSubmitButton } from "./row-action";

const t = labels.organisations.members;

export function MemberRoleForm({ actorId, userId, name, role }: { actorId: string; userId: string; name: string; role: MembershipRole }) {
  const [state, action] = useActionState(changeMemberRoleAction, initialActionState);
  const selectId = `role-${userId}`;
  return (
    <form action={action}>
      <input type="hidden" name="actorId" value={actorId} />
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          {t.roleOf(name)}
        </label>
        {/* Keyed by the role: after a change the select shows the role the server now holds. */}
        <select key={role} id={selectId} name="role" defaultValue={role} className="min-h-11 rounded-md border-2 border-line bg-white px-2 py-1.5 text-base">
          {INVITATION_ROLES.map((value) => (
            <option key={value} value={value}>
              {labels.organisations.roles[value]}
            </option>
          ))}
        </select>
        <RowSubmitButton label={t.changeRole} hiddenSuffix={t.changeRoleSuffix(name)} />
      </div>
      <RowOutcome state={state} />
    </form>
  );
}

export function MemberRemoveForm({ actorId, userId, name }: { actorId: string; userId: string; name: string }) {
  const [state, action] = useActionState(removeMemberAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="actorId" value={actorId} />
      <input type="hidden" name="userId" value={userId} />
      <RowSubmitButton label={t.remove} hiddenSuffix={t.removeSuffix(name)} />
      <RowOutcome state={state} />
    </form>
  );
}

export function LeaveForm({ actorId }: { actorId: string }) {
  const [state, action] = useActionState(leaveOrganisationAction, initialActionState);
  return (
    <form action={action} className="max-w-xl">
      <FormMessage state={state} />
      <input type="hidden" name="actorId" value={actorId} />
      <SubmitButton variant="secondary">{t.leaveSubmit}</SubmitButton>
    </form>
  );
}
