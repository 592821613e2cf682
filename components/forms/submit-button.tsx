"use client";
import { useFormPending } from "./action-form-context";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";

/**
 * Disabled while its form is being sent, so a double click does not submit twice. `pending` is
 * for a form sent by its own fetch (ActionForm and useFormStatus only see forms sent through React).
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  pending: sending,
}: {
  children: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  pending?: boolean;
}) {
  const formPending = useFormPending();
  const pending = sending ?? formPending;
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClasses(variant, "disabled:opacity-70")}>
      {pending ? (pendingLabel ?? "Envoi en cours…") : children}
    </button>
  );
}
