"use client";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { followsCopy as c } from "@/lib/copy/follows";
import { unsubscribeFollowAction } from "@/lib/follows/follows.actions";

export function UnsubscribeForm({ token }: { token: string }) {
  const [state, action] = useActionState(unsubscribeFollowAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="follow.unsubscribe">
      <input type="hidden" name="token" value={token} />
      {state.status === "success" ? null : <SubmitButton>{c.unsubscribe.confirm}</SubmitButton>}
    </ActionForm>
  );
}
