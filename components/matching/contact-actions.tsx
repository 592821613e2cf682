"use client";
// The answers to a contact (accept, decline) and turning an accepted one into an alliance draft:
// small forms whose button names say which contact they act on. They stay mounted when the page
// is refreshed after their action, so that their outcome line keeps its message.
import Link from "next/link";
import { useActionState } from "react";
import { RowOutcome, RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState } from "@/lib/action-state";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { answerContactAction, createAllianceFromContactAction } from "@/lib/matching/matching.actions";

const t = needsOffersCopy.contacts;

export function AnswerForms({ contactId, from, answered }: { contactId: string; from: string; answered: boolean }) {
  const [state, action] = useActionState(answerContactAction, initialActionState);
  if (answered) return <RowOutcome state={state} />;
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="contactId" value={contactId} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="answer" value="ACCEPTED" className="min-h-11 rounded-md bg-odd17 px-4 py-1.5 font-semibold text-white hover:bg-odd17-dark">
          {t.accept}
          <span className="sr-only"> {t.from(from)}</span>
        </button>
        <button type="submit" name="answer" value="DECLINED" className="min-h-11 rounded-md border-2 border-odd17 bg-white px-4 py-1.5 font-semibold text-odd17 hover:bg-odd17-light">
          {t.decline}
          <span className="sr-only"> {t.from(from)}</span>
        </button>
      </div>
      <RowOutcome state={state} />
    </form>
  );
}

export function AllianceForm({ contactId, actorId, allianceHref, partner }: { contactId: string; actorId: string; allianceHref: string | null; partner: string }) {
  const [state, action] = useActionState(createAllianceFromContactAction, initialActionState);
  if (allianceHref) {
    return (
      <div className="mt-3">
        <RowOutcome state={state} />
        <Link href={allianceHref}>{t.openAlliance}</Link>
      </div>
    );
  }
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="contactId" value={contactId} />
      <input type="hidden" name="actorId" value={actorId} />
      <p className="mb-2 text-sm text-muted">{t.allianceHint}</p>
      <RowSubmitButton label={t.createAlliance} hiddenSuffix={t.with(partner)} variant="primary" />
      <RowOutcome state={state} />
    </form>
  );
}
