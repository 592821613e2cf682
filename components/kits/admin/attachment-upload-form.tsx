"use client";
// Joins a file to a kit. The size is checked here first, so that a too-large file is refused
// before being sent; the server checks the size and the type (from the content) again.
import { useActionState, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { kitsLabels } from "@/lib/copy/kits";
import { uploadAttachmentAction } from "@/lib/kits/kits.actions";

const t = kitsLabels.admin.attachments;
const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.png,.jpg,.jpeg";

export function AttachmentUploadForm({ kitId }: { kitId: string }) {
  const [state, action] = useActionState(uploadAttachmentAction, initialActionState);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = localError ? [localError] : (state.fieldErrors?.file ?? []);
  const describedBy = ["champ-file-aide", errors.length > 0 ? "champ-file-erreurs" : null].filter(Boolean).join(" ");

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > MAX_BYTES) {
      event.preventDefault();
      setLocalError(t.tooLarge);
    } else {
      setLocalError(null);
    }
  }

  return (
    <form action={action} onSubmit={checkSize} noValidate className="max-w-2xl">
      {/* The field error says it all; the summary would repeat it. */}
      {state.fieldErrors?.file || localError ? null : <FormMessage state={state} />}
      <input type="hidden" name="kitId" value={kitId} />
      <div className="mb-5">
        <label htmlFor="champ-file" className="font-semibold">
          {t.file}
        </label>
        <p id="champ-file-aide" className="mt-1 text-sm text-muted">
          {t.fileHint}
        </p>
        <input
          id="champ-file"
          name="file"
          type="file"
          accept={ACCEPT}
          required
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={describedBy}
          className="mt-1 block w-full rounded-md border-2 border-line bg-white px-3 py-2 text-base"
        />
        <div id="champ-file-erreurs" aria-live="polite">
          {errors.map((error) => (
            <p key={error} className="mt-1 text-sm font-semibold text-red-700">
              <span aria-hidden="true">✖ </span>
              {error}
            </p>
          ))}
        </div>
      </div>
      <SubmitButton pendingLabel={t.pending}>{t.upload}</SubmitButton>
    </form>
  );
}
