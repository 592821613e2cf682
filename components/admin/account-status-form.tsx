"use client";
// One row's disable / re-enable button. The server decides (setAccountDisabled checks
// user.disable and the target); this form only offers what the page was told is allowed.
import { useActionState } from "react";
import { RowOutcome, RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState } from "@/lib/action-state";
import { labels } from "@/lib/labels";
import { setAccountDisabledAction } from "@/lib/users/users.actions";

const t = labels.admin.users;

export function AccountStatusForm({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const [state, action] = useActionState(setAccountDisabledAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      {/* What the button asks for: disable an active account, re-enable a disabled one. */}
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <RowSubmitButton label={disabled ? t.enable : t.disable} hiddenSuffix={t.ofUser(email).trim()} />
      <RowOutcome state={state} />
    </form>
  );
}
