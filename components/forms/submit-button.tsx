"use client";
import { useFormStatus } from "react-dom";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";

/** Disabled while its form is being sent, so a double click does not submit twice. */
export function SubmitButton({ children, pendingLabel, variant = "primary" }: { children: string; pendingLabel?: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClasses(variant, "disabled:opacity-70")}>
      {pending ? (pendingLabel ?? "Envoi en cours…") : children}
    </button>
  );
}
