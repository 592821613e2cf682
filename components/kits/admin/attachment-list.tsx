import type { ActionState } from "@/lib/action-state";
import { kitsLabels } from "@/lib/copy/kits";
import type { KitForEdit } from "@/lib/kits/kits.admin.queries";
import { removeAttachmentAction } from "@/lib/kits/kits.actions";
import { paths } from "@/lib/paths";
import { ActionButtonForm } from "./action-button-form";
import { AttachmentUploadForm } from "./attachment-upload-form";

/**
 * The kit's files: each downloadable and removable, then the upload form, with the outcome of an
 * upload sent without JavaScript (read from the address by the page).
 */
export function AttachmentList({ kit, uploadState }: { kit: KitForEdit; uploadState?: ActionState | null }) {
  const t = kitsLabels.admin.attachments;
  return (
    <section aria-labelledby="documents-joints" className="mt-10 border-t border-line pt-8">
      <h2 id="documents-joints" className="text-2xl font-bold">
        {t.heading}
      </h2>
      {kit.attachments.length === 0 ? (
        <p className="mt-3 text-muted">{t.empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line border-y border-line">
          {kit.attachments.map((file) => (
            <li key={file.id} className="flex flex-wrap items-start justify-between gap-4 py-3">
              <a href={paths.kitAttachment(file.id)} download>
                {file.fileName} ({kitsLabels.fileSize(file.sizeBytes)})
              </a>
              <ActionButtonForm action={removeAttachmentAction} fields={{ attachmentId: file.id }} label={t.remove} srLabel={t.removeLabel(file.fileName)} />
            </li>
          ))}
        </ul>
      )}
      <div className="mt-6">
        <AttachmentUploadForm kitId={kit.id} initialState={uploadState} />
      </div>
    </section>
  );
}
