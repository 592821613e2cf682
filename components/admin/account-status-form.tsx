"use client";
// One row's disable / re-enable button. The server decides (setAccountDisabled checks
// user.disable and the target); this form only offers what the page was told is allowed.
// Disabling asks first, and its message offers « Annuler » (re-enabling the account).
import { useActionState, useCallback, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState } from "@/lib/action-state";
import { adminLabels } from "@/lib/copy/admin";
import { setAccountDisabledAction } from "@/lib/users/users.actions";
import { UndoForm, useOutcomeRound } from "./undo-form";

const t = adminLabels.users;

export function AccountStatusForm({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const [state, action] = useActionState(setAccountDisabledAction, initialActionState);
  const round = useOutcomeRound(state);
  const [undoneRound, setUndoneRound] = useState(-1);
  const onUndone = useCallback(() => setUndoneRound(round), [round]);
  // The server names the account it just disabled: only then is there something to undo.
  const undoable = state.status === "success" && state.values?.undoUserId === userId;
  return (
    <div>
      <ActionForm
        action={action}
        state={state}
        formId={disabled ? "user.enable" : "user.disable"}
        outcome="none"
        confirm={disabled ? undefined : t.confirmDisable(email)}
      >
        <input type="hidden" name="userId" value={userId} />
        {/* What the button asks for: disable an active account, re-enable a disabled one. */}
        <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
        <RowSubmitButton label={disabled ? t.enable : t.disable} hiddenSuffix={t.ofUser(email).trim()} />
        <FormOutcome state={undoneRound === round ? initialActionState : state} variant="row" />
      </ActionForm>
      {undoable ? (
        <UndoForm
          key={round}
          action={setAccountDisabledAction}
          formId="user.disable-undo"
          fields={{ userId, disabled: "false" }}
          label={t.undoDisable}
          hiddenSuffix={t.undoDisableSuffix(email)}
          onUndone={onUndone}
        />
      ) : null}
    </div>
  );
}
