import type { ActionState } from "@/lib/action-state";
import { kitsLabels } from "@/lib/copy/kits";
import type { KitForEdit } from "@/lib/kits/kits.admin.queries";
import { AttachmentRemoval } from "./attachment-removal";
import { AttachmentUploadForm } from "./attachment-upload-form";

/**
 * The draft's files: each downloadable and removable from the draft (asked first), then the upload form, with the
 * outcome of an upload sent without JavaScript (read from the address by the page).
 */
export function AttachmentList({ kit, uploadState }: { kit: KitForEdit; uploadState?: ActionState | null }) {
  const t = kitsLabels.admin.attachments;
  return (
    <section aria-labelledby="documents-joints" className="mt-10 border-t border-line pt-8">
      <h2 id="documents-joints" className="text-2xl font-bold">
        {t.heading}
      </h2>
      <p className="mt-2 text-muted">{t.draftHint}</p>
      <AttachmentRemoval files={kit.attachments} />
      <div className="mt-6">
        <AttachmentUploadForm kitId={kit.id} initialState={uploadState} />
      </div>
    </section>
  );
}
