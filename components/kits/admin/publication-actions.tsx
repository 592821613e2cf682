"use client";
// Unpublish, archive and restore, each asked first; the message of the first two offers « Annuler »
// (republish, unarchive to the status the kit had). The forms stay mounted whatever the status, so
// that the outcome of what was just done survives the page's refresh.
import { UndoForm } from "@/components/admin/undo-form";
import type { KitStatus } from "@/generated/prisma/enums";
import { kitsLabels } from "@/lib/copy/kits";
import { archiveKitAction, republishKitAction, restoreKitAction, unarchiveKitAction, unpublishKitAction } from "@/lib/kits/kits.actions";
import { ActionButtonForm } from "./action-button-form";

const t = kitsLabels.admin.publication;

export function PublicationActions({ kitId, title, status }: { kitId: string; title: string; status: KitStatus }) {
  return (
    <div className="mt-4 flex flex-wrap gap-6">
      <ActionButtonForm
        action={unpublishKitAction}
        formId="kit.unpublish"
        fields={{ kitId }}
        available={status === "PUBLISHED"}
        label={t.unpublish}
        hint={t.unpublishHint}
        confirm={t.confirmUnpublish(title)}
        undo={(_state, onUndone) => (
          <UndoForm
            action={republishKitAction}
            formId="kit.republish"
            fields={{ kitId }}
            label={t.undo}
            hiddenSuffix={t.undoUnpublishSuffix}
            onUndone={onUndone}
          />
        )}
      />
      <ActionButtonForm
        action={archiveKitAction}
        formId="kit.archive"
        fields={{ kitId }}
        available={status !== "ARCHIVED"}
        label={t.archive}
        hint={t.archiveHint}
        confirm={t.confirmArchive(title)}
        undo={(state, onUndone) =>
          state.values?.restoreStatus ? (
            <UndoForm
              action={unarchiveKitAction}
              formId="kit.unarchive"
              fields={{ kitId, status: state.values.restoreStatus }}
              label={t.undo}
              hiddenSuffix={t.undoArchiveSuffix}
              onUndone={onUndone}
            />
          ) : null
        }
      />
      <ActionButtonForm
        action={restoreKitAction}
        formId="kit.restore"
        fields={{ kitId }}
        available={status === "ARCHIVED"}
        label={t.restore}
        hint={t.restoreHint}
        confirm={t.confirmRestore(title)}
      />
    </div>
  );
}
