"use client";
// The kit's files, each downloadable and removable. One form around the list, each « Retirer »
// button sending its file's id (the submitter's value): the outcome stays above the list when the
// removed file's row goes. Removing asks first, naming the file.
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useFormPending } from "@/components/forms/action-form-context";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { kitsLabels } from "@/lib/copy/kits";
import { removeAttachmentAction } from "@/lib/kits/kits.actions";
import { paths } from "@/lib/paths";

const t = kitsLabels.admin.attachments;

type File = { id: string; fileName: string; sizeBytes: number };

function RemoveButton({ file, onChoose }: { file: File; onChoose: () => void }) {
  const pending = useFormPending();
  return (
    <button
      type="submit"
      name="attachmentId"
      value={file.id}
      onClick={onChoose}
      disabled={pending}
      aria-disabled={pending}
      aria-label={t.removeLabel(file.fileName)}
      className={buttonClasses("secondary", "px-3 py-1.5 text-sm disabled:opacity-70")}
    >
      {t.remove}
    </button>
  );
}

export function AttachmentRemoval({ files }: { files: File[] }) {
  const [state, action] = useActionState(removeAttachmentAction, initialActionState);
  // The file whose button was pressed, named by the confirmation.
  const [chosen, setChosen] = useState("");
  return (
    <ActionForm action={action} state={state} formId="kit.attachment-remove" confirm={t.confirmRemove(chosen)} className="mt-3">
      {files.length === 0 ? (
        <p className="text-muted">{t.empty}</p>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-start justify-between gap-4 py-3">
              <a href={paths.kitAttachment(file.id)} download>
                {file.fileName} ({kitsLabels.fileSize(file.sizeBytes)})
              </a>
              <RemoveButton file={file} onChoose={() => setChosen(file.fileName)} />
            </li>
          ))}
        </ul>
      )}
    </ActionForm>
  );
}
