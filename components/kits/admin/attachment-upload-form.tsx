"use client";
// Joins a file to a kit through the upload route (lib/kits/attachments.upload.ts) rather than a
// server action: server actions take 1 MB at most, a document up to 20 MB. Without JavaScript
// this is a plain multipart post, redirected back to the kit with its outcome (initialState).
// With JavaScript it is sent by fetch: a too-large file is refused before being sent, the
// outcome is shown and focused like ActionForm's (the message, with a summary linking to the
// field), a refused file stays chosen, and the list above is refreshed after a success. When the
// file is no longer chosen (the page came back from a post without JavaScript), the field says to
// choose it again. The server checks the size and the type (from the content) again.
// It is not an ActionForm: the file goes to a route handler, not to a server action.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { formsCopy } from "@/lib/copy/forms";
import { kitsLabels } from "@/lib/copy/kits";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { errorStateFor } from "@/lib/kits/attachment-upload";
import { MAX_ATTACHMENT_BYTES } from "@/lib/kits/file-type";
import { paths } from "@/lib/paths";
import { FieldErrors } from "@/components/forms/field-errors";

const t = kitsLabels.admin.attachments;
const ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.png,.jpg,.jpeg";

/** Sends the form by fetch and reads the route's ActionState; anything else is the generic error. */
async function send(url: string, data: FormData): Promise<ActionState> {
  try {
    const response = await fetch(url, { method: "POST", body: data, headers: { Accept: "application/json" } });
    const state = (await response.json()) as ActionState;
    return typeof state?.status === "string" ? state : { status: "error", message: GENERIC_ERROR_MESSAGE };
  } catch {
    return { status: "error", message: GENERIC_ERROR_MESSAGE };
  }
}

export function AttachmentUploadForm({ kitId, initialState }: { kitId: string; initialState?: ActionState | null }) {
  const router = useRouter();
  const url = paths.kitAttachmentUpload(kitId);
  const [state, setState] = useState<ActionState>(initialState ?? initialActionState);
  // Bumped at each outcome shown, including the one the page was opened with: focus follows it.
  const [shown, setShown] = useState(initialState ? 1 : 0);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // After a refusal, whether the file is still chosen (always, unless the page was reloaded).
  const [fileLost, setFileLost] = useState(false);
  const errors = state.fieldErrors?.file ?? [];
  const describedBy = ["champ-file-aide", errors.length > 0 ? "champ-file-erreurs" : null].filter(Boolean).join(" ");

  // Only a new outcome moves the focus (not a re-render): to the outcome, in view, as ActionForm
  // does; its summary links to the field.
  useEffect(() => {
    if (shown === 0) return;
    setFileLost(!inputRef.current?.files?.length);
    const outcome = formRef.current?.querySelector<HTMLElement>("[data-form-outcome]");
    outcome?.focus({ preventScroll: true });
    outcome?.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
  }, [shown]);

  function show(next: ActionState) {
    setState(next);
    setShown((count) => count + 1);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = inputRef.current?.files?.[0];
    if (!file) return show(errorStateFor("fichier-requis"));
    if (file.size > MAX_ATTACHMENT_BYTES) return show(errorStateFor("trop-lourd"));
    const data = new FormData(form);
    startTransition(async () => {
      const outcome = await send(url, data);
      show(outcome);
      if (outcome.status === "success") {
        form.reset();
        router.refresh();
      }
    });
  }

  return (
    <form ref={formRef} action={url} method="post" encType="multipart/form-data" onSubmit={submit} noValidate className="max-w-2xl">
      <FormOutcome state={state} form={formRef} />
      <div className="mb-5">
        <label htmlFor="champ-file" className="font-semibold">
          {t.file}
        </label>
        <p id="champ-file-aide" className="mt-1 text-sm text-muted">
          {t.fileHint}
        </p>
        <input
          ref={inputRef}
          id="champ-file"
          name="file"
          type="file"
          accept={ACCEPT}
          required
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={describedBy}
          className="mt-1 block w-full rounded-md border-2 border-line bg-white px-3 py-2 text-base"
        />
        <FieldErrors id="champ-file-erreurs" errors={errors}>
          {state.status === "error" && fileLost ? <p className="mt-1 text-sm">{formsCopy.chooseFileAgain}</p> : null}
        </FieldErrors>
      </div>
      <SubmitButton pendingLabel={t.pending} pending={pending}>
        {t.upload}
      </SubmitButton>
    </form>
  );
}
