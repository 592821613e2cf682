import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { DoneNotice } from "@/components/admin/done-notice";
import { ModerationQueue } from "@/components/admin/moderation-queue";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { getModerationTitle, listModerationQueue } from "@/lib/moderation/moderation.queries";
import { parseModerationSearchParams } from "@/lib/moderation/moderation.schemas";
import { paths } from "@/lib/paths";

const t = labels.admin.moderation;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminModerationPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { page, outcome } = parseModerationSearchParams(await searchParams);
  const [queue, outcomeTitle] = await Promise.all([
    listModerationQueue(principal, { page }),
    outcome ? getModerationTitle(principal, outcome.kind, outcome.id) : null,
  ]);
  const { total } = queue.pageInfo;
  const outcomeMessage = outcome
    ? outcomeTitle
      ? outcome.decision === "approve"
        ? t.outcomeApproved(outcome.kind, outcomeTitle)
        : t.outcomeRejected(outcome.kind, outcomeTitle)
      : t.outcomeUnknown
    : null;

  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      {/* The decided item has left the queue: the page says what was done, in focus. */}
      {outcomeMessage ? <DoneNotice message={outcomeMessage} /> : null}
      <section aria-labelledby="demandes-en-attente">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-4">
          <h2 id="demandes-en-attente" className="text-2xl font-bold">
            {t.heading(total)}
          </h2>
          {/* A plain link: the CSV comes from a route handler, not a page to navigate to. */}
          <a href={paths.adminExport("moderation")} download>
            {t.exportLink}
          </a>
        </div>
        {queue.items.length > 0 ? (
          <ModerationQueue items={queue.items} />
        ) : total === 0 ? (
          <EmptyState title={t.empty}>
            <p>{t.emptyAdvice}</p>
          </EmptyState>
        ) : null}
        <Pagination pageInfo={queue.pageInfo} hrefFor={(n) => paths.adminModerationQueue({ page: n })} />
      </section>
    </>
  );
}
