import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MailMessageCard } from "@/components/admin/mail-message";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { parseMailboxSearchParams } from "@/lib/admin/mailbox.schemas";
import { getPrincipal } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { canReadMailbox } from "@/lib/mail/mail-log";
import { listMailbox } from "@/lib/mail/mail";
import { paths } from "@/lib/paths";

// A development tool: it exists so that a new account's confirmation e-mail can be read when no
// SMTP server is configured, and under `next dev` it is open without signing in. In a production
// build it shows every account's sign-in links, so it is a 404 unless DEV_MAILBOX=true (the e2e
// tests run the production build with it), and then still a 404 for anyone but a signed-in
// platform ADMIN: a stranger cannot even tell it is switched on. listMailbox checks again.
export const dynamic = "force-dynamic";

const t = labels.accounts.mailbox;
const m = labels.admin.mailbox;
const LIMIT = 50;

export const metadata: Metadata = { title: t.title, robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DevMailboxPage({ searchParams }: Props) {
  const viewer = await getPrincipal();
  if (!canReadMailbox(viewer)) notFound();
  const { to } = parseMailboxSearchParams(await searchParams);
  const messages = await listMailbox(viewer, { to, limit: LIMIT });

  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <SearchForm
        action={paths.devMailbox()}
        id="filtre-destinataire"
        name="to"
        label={t.filter}
        hint={m.filterHint}
        defaultValue={to}
        submitLabel={m.filterSubmit}
      />
      <p role="status" className="mt-6 text-muted">
        {messages.length > 0 ? `${m.count(messages.length)}. ${m.latest(LIMIT)}` : null}
      </p>
      {to ? (
        <p className="mt-2">
          <Link href={paths.devMailbox()}>{m.showAll}</Link>
        </p>
      ) : null}
      {messages.length === 0 ? (
        <div className="mt-6">
          <EmptyState title={to ? m.emptyFor(to) : t.empty} />
        </div>
      ) : (
        <ol className="mt-6 space-y-6">
          {messages.map((message) => (
            <li key={message.id}>
              <MailMessageCard message={message} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
