"use client";
// The one form of the site for server actions (see docs: "never lose what people typed"):
// - nothing typed or chosen is lost on an error: the form is sent from onSubmit inside a
//   transition, which keeps React from resetting it (React 19 resets a <form action={fn}> after
//   every action, and selects, radios and checkboxes do not come back from defaultValue);
// - the outcome (an error summary linking to each field, or the success message) receives focus
//   and is scrolled into view after every submit;
// - a second click while the first is being sent does nothing;
// - destructive forms ask for confirmation in a dialog first;
// - without JavaScript the form still posts to its action (progressive enhancement).
import { Fragment, useEffect, useRef, useState, useTransition, type FormEvent, type FormHTMLAttributes, type ReactNode } from "react";
import type { ActionState } from "@/lib/action-state";
import { ConfirmDialog, type ConfirmCopy } from "./confirm-dialog";
import { ActionFormContext } from "./action-form-context";
import { FormOutcome } from "./form-outcome";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "onSubmit" | "children"> & {
  /** The dispatch returned by useActionState. */
  action: (payload: FormData) => void;
  state: ActionState;
  /** The form's stable name ("organisation.create"): tests find it, and the form coverage checks it. */
  formId: string;
  /** Empties the form after a success (forms that stay on the page to add another one). */
  resetOnSuccess?: boolean;
  /** Asks before sending: for actions that delete, archive, unpublish, disable… */
  confirm?: ConfirmCopy;
  /** "top": the outcome above the fields; "none": the form renders <FormOutcome> where it wants. */
  outcome?: "top" | "none";
  children: ReactNode;
};

export function ActionForm({ action, state, formId, resetOnSuccess, confirm, outcome = "top", children, ...form }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const sending = useRef(false);
  const [pending, startTransition] = useTransition();
  const [awaitingConfirmation, setAwaitingConfirmation] = useState<FormData | null>(null);
  const shownState = useRef(state);

  // A success empties a resetOnSuccess form by remounting its fields under a new key, decided in
  // the render that receives the new state (React's pattern for state adjusted on a prop change).
  const [reset, setReset] = useState({ state, generation: 0 });
  if (reset.state !== state) setReset({ state, generation: reset.generation + (state.status === "success" && resetOnSuccess ? 1 : 0) });
  const generation = reset.generation;

  useEffect(() => {
    if (shownState.current === state) return;
    shownState.current = state;
    // After the re-render (and the remount of a reset form), show the outcome and move focus to it.
    requestAnimationFrame(() => {
      const target = formRef.current?.querySelector<HTMLElement>("[data-form-outcome]:not(:empty)");
      if (!target) return;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
    });
  }, [state]);

  // Open again once the action has settled, whatever it returned (or if it redirected here).
  useEffect(() => {
    if (!pending) sending.current = false;
  }, [pending]);

  function send(data: FormData) {
    sending.current = true;
    startTransition(() => action(data));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    if (confirm) setAwaitingConfirmation(data);
    else send(data);
  }

  return (
    <ActionFormContext.Provider value={{ pending }}>
      <form ref={formRef} action={action} onSubmit={onSubmit} noValidate data-form={formId} {...form}>
        {outcome === "top" ? <FormOutcome state={state} form={formRef} /> : null}
        <Fragment key={generation}>{children}</Fragment>
        {confirm ? (
          <ConfirmDialog
            copy={confirm}
            open={awaitingConfirmation !== null}
            onCancel={() => setAwaitingConfirmation(null)}
            onConfirm={() => {
              const data = awaitingConfirmation;
              setAwaitingConfirmation(null);
              if (data) send(data);
            }}
          />
        ) : null}
      </form>
    </ActionFormContext.Provider>
  );
}
