import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { KIND_SEGMENTS } from "@/lib/conversations/conversations.schemas";
import { listMyThreads } from "@/lib/conversations/conversations.queries";
import { conversationsCopy } from "@/lib/copy/conversations";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = conversationsCopy;

export const metadata: Metadata = { title: t.title };

export default async function ConversationsPage() {
  const user = await requireUser();
  const threads = await listMyThreads(user.id);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: t.workspace, href: paths.workspace() },
        ]}
        current={t.title}
      />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      {threads.length === 0 ? (
        <EmptyState title={t.none} />
      ) : (
        <ul className="max-w-3xl space-y-3">
          {threads.map((thread) => (
            <li key={`${thread.kind}-${thread.subjectId}`} className="rounded-lg border border-line p-4">
              <p className="text-sm text-muted">{t.kind[thread.kind]}</p>
              <p className="font-semibold">
                <Link href={paths.conversation(KIND_SEGMENTS[thread.kind], thread.subjectId)}>{thread.title}</Link>
              </p>
              <p className="text-sm">
                {t.lastMessage(thread.lastMessageAt)} · {thread.unread > 0 ? <Badge>{t.unread(thread.unread)}</Badge> : t.unread(0)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
