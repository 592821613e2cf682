// The matches of one need or offer: each counterpart with its score and, in French, why it fits;
// members can write to the other organisation from here.
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { labels } from "@/lib/labels";
import type { Match } from "@/lib/matching/matching.queries";
import { ContactForm } from "./contact-form";

const t = needsOffersCopy.match;

export function MatchList({
  matches,
  fromActorId,
  canContact,
  headingLevel = 3,
}: {
  matches: Match[];
  fromActorId: string;
  canContact: boolean;
  headingLevel?: 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="space-y-4">
      {matches.map((match) => {
        const titleId = `match-${match.needId}-${match.offerId}`;
        return (
          <li key={titleId}>
            <article aria-labelledby={titleId} className="rounded-lg border border-line p-4">
              <Heading id={titleId} className="text-lg font-semibold">
                {match.title}
              </Heading>
              <p className="text-sm text-muted">
                {t.counterpart[match.kind]} · {t.by(match.actor.name)} · {match.territoryName} · {labels.allianceModes[match.mode].label}
              </p>
              <p className="mt-2 font-semibold">{t.score(match.score)}</p>
              <p className="mt-2 text-sm font-semibold" id={`${titleId}-raisons`}>
                {t.why}
              </p>
              <ul aria-labelledby={`${titleId}-raisons`} className="list-disc pl-6">
                {match.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              {canContact ? (
                <ContactForm
                  needId={match.needId}
                  offerId={match.offerId}
                  fromActorId={fromActorId}
                  fieldId={`message-${titleId}`}
                  contactStatus={match.contact?.status ?? null}
                />
              ) : match.contact ? (
                <p className="mt-3 text-muted">{t.alreadyContacted(match.contact.status)}</p>
              ) : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
