"use client";
// Marks one step of a learning path done or not done for the signed-in reader.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { pathProgressLabels } from "@/lib/copy/kits-feedback";
import { setStepDoneAction } from "@/lib/kits/feedback.actions";

const t = pathProgressLabels;

function ToggleButton({ done, title }: { done: boolean; title: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClasses(done ? "secondary" : "primary", "px-3 py-1.5 text-sm disabled:opacity-70")}>
      {pending ? t.pending : done ? t.markUndone : t.markDone}
      <span className="sr-only">{t.forStep(title)}</span>
    </button>
  );
}

export function StepToggleForm({ stepId, done, title }: { stepId: string; done: boolean; title: string }) {
  const [state, action] = useActionState(setStepDoneAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="stepId" value={stepId} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      <ToggleButton done={done} title={title} />
      <p role={state.status === "error" ? "alert" : "status"} className="mt-1 text-sm font-semibold text-red-700">
        {state.status === "error" ? state.message : null}
      </p>
    </form>
  );
}
