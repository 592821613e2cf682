"use client";
// Marks one step of a learning path done or not done for the signed-in reader; only a refusal is
// announced (the step's new state says the rest).
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useFormPending } from "@/components/forms/action-form-context";
import { FormOutcome } from "@/components/forms/form-outcome";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { pathProgressLabels } from "@/lib/copy/kits-feedback";
import { setStepDoneAction } from "@/lib/kits/feedback.actions";

const t = pathProgressLabels;

function ToggleButton({ done, title }: { done: boolean; title: string }) {
  const pending = useFormPending();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonClasses(done ? "secondary" : "primary", "px-3 py-1.5 text-sm disabled:opacity-70")}
    >
      {pending ? t.pending : done ? t.markUndone : t.markDone}
      <span className="sr-only">{t.forStep(title)}</span>
    </button>
  );
}

export function StepToggleForm({ stepId, done, title }: { stepId: string; done: boolean; title: string }) {
  const [state, action] = useActionState(setStepDoneAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="learning-path.step" outcome="none">
      <input type="hidden" name="stepId" value={stepId} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      <ToggleButton done={done} title={title} />
      <FormOutcome state={state.status === "error" ? state : initialActionState} variant="row" />
    </ActionForm>
  );
}
