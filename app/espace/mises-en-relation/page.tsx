import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ContactList } from "@/components/matching/contact-list";
import { MatchList } from "@/components/matching/match-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { labels } from "@/lib/labels";
import { listMyContacts } from "@/lib/matching/contacts.queries";
import { listNewMatches } from "@/lib/matching/matching.queries";
import { KIND_SEGMENTS } from "@/lib/needs-offers/needs-offers";
import { paths } from "@/lib/paths";

const t = needsOffersCopy.contacts;

export const metadata: Metadata = { title: t.title };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-12 max-w-3xl">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function MatchContactsPage() {
  const user = await requireUser();
  const [sources, contacts] = await Promise.all([listNewMatches(user.id), listMyContacts(user.id)]);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: needsOffersCopy.workspace, href: paths.workspace() },
        ]}
        current={t.title}
      />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <Section id="messages-recus" title={t.receivedHeading}>
        <ContactList contacts={contacts.received} side="received" empty={t.noReceived} />
      </Section>
      <Section id="nouveaux-partenaires" title={t.newMatchesHeading}>
        {sources.length === 0 ? <EmptyState title={t.noNewMatch} /> : null}
        {sources.map((source) => (
          <div key={`${source.kind}-${source.id}`} className="mb-8">
            <h3 className="mb-3 text-xl font-semibold">
              <Link href={paths.needOffer(KIND_SEGMENTS[source.kind], source.id)}>{t.newMatchesFor(source.kind, source.title)}</Link>
            </h3>
            <MatchList matches={source.matches} fromActorId={source.actorId} canContact headingLevel={4} />
          </div>
        ))}
      </Section>
      <Section id="messages-envoyes" title={t.sentHeading}>
        <ContactList contacts={contacts.sent} side="sent" empty={t.noSent} />
      </Section>
    </>
  );
}
