"use client";
// The decision on one queued item: approve, or refuse with a reason. One form, two submit buttons
// (the pressed one sends `decision`), so that the reason typed stays in place if the server
// refuses. The state is the queue's (moderation-decisions.tsx): a success is told at the top.
import { ActionForm } from "@/components/forms/action-form";
import { useFormPending } from "@/components/forms/action-form-context";
import { buttonClasses } from "@/components/ui/button";
import { adminLabels } from "@/lib/copy/admin";
import type { ModerationKind } from "@/lib/moderation/moderation";
import type { SavedReason } from "@/lib/moderation/saved-reasons.queries";
import { useDecisions } from "./moderation-decisions";
import { ReasonFields } from "./reason-fields";

const t = adminLabels.moderation;

function DecisionButtons({ title }: { title: string }) {
  const pending = useFormPending();
  const classes = "min-h-11 px-4 py-2 text-sm disabled:opacity-70";
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" name="decision" value="approve" disabled={pending} aria-disabled={pending} className={buttonClasses("primary", classes)}>
        {pending ? t.pending : t.approve}
        <span className="sr-only"> {t.forItem(title)}</span>
      </button>
      <button type="submit" name="decision" value="reject" disabled={pending} aria-disabled={pending} className={buttonClasses("secondary", classes)}>
        {pending ? t.pending : t.reject}
        <span className="sr-only"> {t.forItem(title)}</span>
      </button>
    </div>
  );
}

export function ModerationDecisionForm({ kind, id, title, savedReasons }: { kind: ModerationKind; id: string; title: string; savedReasons: SavedReason[] }) {
  const { stateFor, decide } = useDecisions();
  const state = stateFor(`${kind}:${id}`);
  return (
    <ActionForm action={decide} state={state} formId="moderation.decision" className="mt-4 border-t border-line pt-4">
      <fieldset>
        <legend className="mb-3 font-semibold">{t.decisionLegend(title)}</legend>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <ReasonFields idPrefix={`${kind}-${id}`} state={state} savedReasons={savedReasons} />
        <DecisionButtons title={title} />
      </fieldset>
    </ActionForm>
  );
}
