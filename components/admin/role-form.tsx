"use client";
// One row's toggle of the STAFF role. The server decides (setPlatformRole checks the permission
// and the target); this form only offers what the page was told is allowed.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { labels } from "@/lib/labels";
import { setPlatformRoleAction } from "@/lib/users/users.actions";
import type { AssignableRole } from "@/lib/users/users";

const t = labels.admin.users;

function RoleButton({ role, email }: { role: AssignableRole; email: string }) {
  const { pending } = useFormStatus();
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

function Outcome({ state }: { state: ActionState }) {
  const isError = state.status === "error";
  // Always rendered, so that screen readers announce the message when it appears.
  return (
    <p role={isError ? "alert" : "status"} className={`mt-1 text-sm ${isError ? "font-semibold text-red-700" : "text-green-800"}`}>
      {state.status !== "idle" ? state.message : null}
    </p>
  );
}

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: AssignableRole }) {
  const [state, action] = useActionState(setPlatformRoleAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={role} />
      <RoleButton role={role} email={email} />
      <Outcome state={state} />
    </form>
  );
}
