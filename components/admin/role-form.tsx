"use client";
// One row's toggle of the STAFF role. The server decides (setPlatformRole checks the permission
// and the target); this form only offers what the page was told is allowed. Granting opens the
// back office to someone: it asks first.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useFormPending } from "@/components/forms/action-form-context";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { adminLabels } from "@/lib/copy/admin";
import { setPlatformRoleAction } from "@/lib/users/users.actions";
import type { AssignableRole } from "@/lib/users/users";

const t = adminLabels.users;

function RoleButton({ role, email }: { role: AssignableRole; email: string }) {
  const pending = useFormPending();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonClasses(role === "STAFF" ? "primary" : "secondary", "min-h-11 px-3 py-1.5 text-sm whitespace-nowrap disabled:opacity-70")}
    >
      {pending ? t.pending : role === "STAFF" ? t.grant : t.revoke}
      <span className="sr-only">{t.forUser(email)}</span>
    </button>
  );
}

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: AssignableRole }) {
  const [state, action] = useActionState(setPlatformRoleAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="user.role" outcome="none" confirm={role === "STAFF" ? t.confirmGrant(email) : undefined}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={role} />
      <RoleButton role={role} email={email} />
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}
