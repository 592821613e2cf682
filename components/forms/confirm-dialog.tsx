"use client";
// The confirmation asked before a destructive action: a modal <dialog> (focus moves into it and
// stays there, Échap cancels, focus returns to the button that opened it), "Annuler" first.
import { useEffect, useId, useRef } from "react";
import { buttonClasses } from "@/components/ui/button";
import { formsCopy } from "@/lib/copy/forms";

export type ConfirmCopy = {
  /** The question: "Supprimer le territoire de projet « Vallée de la Drôme » ?" */
  title: string;
  /** What will happen, and whether it can be undone. */
  body?: string;
  /** The verb of the action: "Supprimer". */
  confirmLabel: string;
};

export function ConfirmDialog({ copy, open, onConfirm, onCancel }: { copy: ConfirmCopy; open: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-titre`}
      aria-describedby={copy.body ? `${id}-texte` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto max-w-lg rounded-md border-2 border-line bg-white p-6 text-ink backdrop:bg-black/50"
    >
      <h2 id={`${id}-titre`} className="text-xl font-bold">
        {copy.title}
      </h2>
      {copy.body ? (
        <p id={`${id}-texte`} className="mt-2">
          {copy.body}
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" autoFocus onClick={onCancel} className={buttonClasses("secondary")}>
          {formsCopy.cancel}
        </button>
        <button type="button" onClick={onConfirm} className={buttonClasses("danger")}>
          {copy.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
