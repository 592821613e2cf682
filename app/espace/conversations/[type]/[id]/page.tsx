import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostMessageForm } from "@/components/conversations/thread-forms";
import { ThreadMessages } from "@/components/conversations/thread-view";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { VisitorSync } from "@/components/layout/visitor-context";
import { getPrincipal, requireUser } from "@/lib/auth/session";
import { getVisitor } from "@/lib/auth/visitor.queries";
import { kindOfSegment } from "@/lib/conversations/conversations.schemas";
import { markThreadRead } from "@/lib/conversations/conversations.mutations";
import { getThread, type Thread } from "@/lib/conversations/conversations.queries";
import { conversationsCopy } from "@/lib/copy/conversations";
import { NotFoundError } from "@/lib/errors";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = conversationsCopy;

type Props = { params: Promise<{ type: string; id: string }> };

async function load(props: Props): Promise<Thread | null> {
  const { type, id } = await props.params;
  const kind = kindOfSegment(type);
  if (!kind) return null;
  try {
    return await getThread(await getPrincipal(), kind, id);
  } catch (error) {
    // Not a participant's member: the same 404 as a thread that does not exist.
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const thread = await load(props);
  return { title: thread ? thread.subject.title : t.title };
}

export default async function ConversationPage(props: Props) {
  await requireUser();
  const thread = await load(props);
  if (!thread) notFound();
  const { subject } = thread;
  await markThreadRead(await getPrincipal(), subject.kind, subject.id);
  // The layout counted the unread messages while this page was rendering: the count read after
  // the marker is pushed to the header after the layout's (a later sibling's effect runs last).
  const visitor = await getVisitor();
  return (
    <>
      <VisitorSync visitor={visitor} />
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: t.workspace, href: paths.workspace() },
          { label: t.workspaceLink, href: paths.conversations() },
        ]}
        current={subject.title}
      />
      <PageHeader title={subject.title}>
        <p>
          {t.kind[subject.kind]} · {t.thread.participants} : {subject.participants.map((p) => p.name).join(", ")}
        </p>
        <p>
          <Link href={subject.backHref}>{t.thread.back}</Link>
        </p>
      </PageHeader>
      {thread.counterparts.length > 0 ? (
        <section aria-labelledby="contact-partenaire" className="mb-8 max-w-3xl rounded-md border-l-4 border-odd17 bg-odd17-light p-3">
          <h2 id="contact-partenaire" className="font-semibold">
            {t.thread.counterpartHeading}
          </h2>
          {thread.counterparts.map((person) => (
            <p key={person.email} className="break-all">
              {t.thread.counterpart(person.name, person.organisation, person.email)}
            </p>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="echanges" className="mb-10 max-w-3xl">
        <h2 id="echanges" className="mb-4 text-2xl font-bold">
          {t.thread.messagesHeading}
        </h2>
        <ThreadMessages messages={thread.messages} />
      </section>
      <section aria-labelledby="ecrire" className="mb-12 max-w-3xl">
        <h2 id="ecrire" className="mb-4 text-2xl font-bold">
          {t.form.heading}
        </h2>
        <PostMessageForm kind={subject.kind} subjectId={subject.id} organisations={thread.mine} />
      </section>
    </>
  );
}
