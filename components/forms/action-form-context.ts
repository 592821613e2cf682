"use client";
import { createContext, useContext } from "react";
import { useFormStatus } from "react-dom";

/** Set by ActionForm: true while its action is being sent (also after a confirmation dialog). */
export const ActionFormContext = createContext<{ pending: boolean } | null>(null);

/** Whether the enclosing form is being sent, for its submit buttons. */
export function useFormPending(): boolean {
  const status = useFormStatus();
  const context = useContext(ActionFormContext);
  return Boolean(context?.pending) || status.pending;
}
