"use client";
import { useFormStatus } from "react-dom";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";

/**
 * Disabled while its form is being sent, so a double click does not submit twice. `pending` is
 * for a form sent by its own fetch (useFormStatus only sees forms whose action is a function).
 */
export function SubmitButton({ children, pendingLabel, variant = "primary", pending: sending }: { children: string; pendingLabel?: string; variant?: ButtonVariant; pending?: boolean }) {
  const status = useFormStatus();
  const pending = sending ?? status.pending;
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClasses(variant, "disabled:opacity-70")}>
      {pending ? (pendingLabel ?? "Envoi en cours…") : children}
    </button>
  );
}
