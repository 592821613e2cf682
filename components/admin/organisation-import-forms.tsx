"use client";
// The forms of the organisation import page: the upload (then the page shows the preview), the
// confirmation (asked first in a dialog; it queues the import's job), the retry of a failed
// import and the cancellation. The server checks the permission,
// the file and every line; these forms only announce the outcome.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { formsCopy } from "@/lib/copy/forms";
import { cancelOrganisationImportAction, confirmOrganisationImportAction, uploadOrganisationImportAction } from "@/lib/imports/organisation-import.actions";

const t = adminImportsCopy;
const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A head's page passes its id: the import's lines become that head's local teams. */
const HeadField = ({ headId }: { headId?: string }) => (headId ? <input type="hidden" name="headId" value={headId} /> : null);

export function OrganisationImportUploadForm({ headId }: { headId?: string }) {
  const [state, action] = useActionState(uploadOrganisationImportAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="organisation-import.upload" className="max-w-2xl">
      <HeadField headId={headId} />
      <TextField
        name="file"
        type="file"
        label={t.file}
        hint={state.status === "error" ? `${t.fileHint} ${formsCopy.chooseFileAgain}` : t.fileHint}
        state={state}
        accept={ACCEPT}
        required
      />
      <SubmitButton pendingLabel={t.uploading}>{t.upload}</SubmitButton>
    </ActionForm>
  );
}

export function OrganisationImportDecisionForms({ importId, toCreate, headId }: { importId: string; toCreate: number; headId?: string }) {
  const [confirmState, confirmAction] = useActionState(confirmOrganisationImportAction, initialActionState);
  const [cancelState, cancelAction] = useActionState(cancelOrganisationImportAction, initialActionState);
  return (
    <div className="flex flex-wrap items-start gap-4">
      {toCreate > 0 ? (
        <ActionForm
          action={confirmAction}
          state={confirmState}
          formId="organisation-import.confirm"
          confirm={headId ? { ...t.confirmDialog(toCreate), body: t.head.confirmBody } : t.confirmDialog(toCreate)}
        >
          <input type="hidden" name="importId" value={importId} />
          <HeadField headId={headId} />
          <SubmitButton pendingLabel={t.confirming}>{t.confirm(toCreate)}</SubmitButton>
        </ActionForm>
      ) : null}
      <ActionForm action={cancelAction} state={cancelState} formId="organisation-import.cancel">
        <input type="hidden" name="importId" value={importId} />
        <HeadField headId={headId} />
        <SubmitButton pendingLabel={t.cancelling} variant="secondary">
          {t.cancel}
        </SubmitButton>
      </ActionForm>
    </div>
  );
}

/** After a failure: queues the import again (the same action as the confirmation), or cancels it. */
export function OrganisationImportRetryForm({ importId, headId }: { importId: string; headId?: string }) {
  const [retryState, retryAction] = useActionState(confirmOrganisationImportAction, initialActionState);
  const [cancelState, cancelAction] = useActionState(cancelOrganisationImportAction, initialActionState);
  return (
    <div className="flex flex-wrap items-start gap-4">
      <ActionForm action={retryAction} state={retryState} formId="organisation-import.retry">
        <input type="hidden" name="importId" value={importId} />
        <HeadField headId={headId} />
        <SubmitButton pendingLabel={t.retrying}>{t.retry}</SubmitButton>
      </ActionForm>
      <ActionForm action={cancelAction} state={cancelState} formId="organisation-import.cancel">
        <input type="hidden" name="importId" value={importId} />
        <HeadField headId={headId} />
        <SubmitButton pendingLabel={t.cancelling} variant="secondary">
          {t.cancel}
        </SubmitButton>
      </ActionForm>
    </div>
  );
}
