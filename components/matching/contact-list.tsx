// Contacts received (to answer, then to turn into an alliance draft) or sent (to follow). Once a
// contact is accepted, each side sees whom to write to on the other side, with a mailto link.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { conversationsCopy } from "@/lib/copy/conversations";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import type { ContactPerson } from "@/lib/matching/contact-details.queries";
import type { ContactRow } from "@/lib/matching/contacts.queries";
import { paths } from "@/lib/paths";
import { AllianceForm, AnswerForms } from "./contact-actions";

const t = needsOffersCopy.contacts;

export function ContactList({ contacts, side, empty }: { contacts: ContactRow[]; side: "received" | "sent"; empty: string }) {
  if (contacts.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="space-y-4">
      {contacts.map((contact) => {
        const titleId = `contact-${side}-${contact.id}`;
        // Who acts from here: the receiving organisation for received contacts, the sender otherwise.
        const [mine, other] = side === "received" ? [contact.to, contact.from] : [contact.from, contact.to];
        return (
          <li key={contact.id}>
            <article aria-labelledby={titleId} className="rounded-lg border border-line p-4">
              <h3 id={titleId} className="text-lg font-semibold">
                {side === "received" ? t.from(contact.from.name) : t.to(contact.to.name)}
              </h3>
              <p className="text-sm text-muted">
                {t.about(contact.need.title, contact.offer.title)} · {t.sentOn(contact.createdAt)}
              </p>
              <p className="mt-2">
                <Badge tone={contact.status === "ACCEPTED" ? "brand" : "neutral"}>{t.status(contact.status)}</Badge>
              </p>
              <blockquote className="mt-3 border-l-4 border-line pl-3 whitespace-pre-line">{contact.message}</blockquote>
              {contact.people ? (
                <Counterpart person={side === "received" ? contact.people.from : contact.people.to} organisation={other.name} need={contact.need.title} />
              ) : null}
              {contact.status === "ACCEPTED" ? (
                <p className="mt-3">
                  <Link href={paths.conversation("mise-en-relation", contact.id)} className="font-semibold">
                    {conversationsCopy.fromMatch(other.name)}
                  </Link>
                </p>
              ) : null}
              {side === "received" ? <AnswerForms contactId={contact.id} from={contact.from.name} answered={contact.status !== "PENDING"} /> : null}
              {contact.status === "ACCEPTED" ? (
                <AllianceForm
                  contactId={contact.id}
                  actorId={mine.id}
                  partner={other.name}
                  allianceHref={contact.allianceId ? paths.workspaceAlliance(contact.allianceId) : null}
                />
              ) : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}

function Counterpart({ person, organisation, need }: { person: ContactPerson | null; organisation: string; need: string }) {
  return (
    <div className="mt-3 rounded-md border-l-4 border-odd17 bg-odd17-light p-3">
      <p className="font-semibold">{t.counterpartHeading}</p>
      {person ? (
        <p>
          {t.counterpart(person.name, person.organisation)} — <span className="break-all">{person.email}</span>
          <br />
          <a href={`mailto:${person.email}?subject=${encodeURIComponent(t.mailSubject(need))}`} className="font-semibold">
            {t.write}
            <span className="sr-only"> {t.writeTo(organisation)}</span>
          </a>
        </p>
      ) : (
        <p>{t.noCounterpart}</p>
      )}
    </div>
  );
}
