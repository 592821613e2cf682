import type { Metadata } from "next";
import Link from "next/link";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { ModerationBulkForm } from "@/components/admin/moderation-bulk-form";
import { ModerationDecisions } from "@/components/admin/moderation-decisions";
import { ModerationFilters } from "@/components/admin/moderation-filters";
import { ModerationQueue } from "@/components/admin/moderation-queue";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { resolveTerritoryParam } from "@/lib/directory/territory-choice.queries";
import { conversationsCopy } from "@/lib/copy/conversations";
import { labels } from "@/lib/labels";
import { listModerationQueue, listQueueTerritories } from "@/lib/moderation/moderation.queries";
import { moderationQuery, parseModerationSearchParams } from "@/lib/moderation/moderation.schemas";
import { listSavedReasons } from "@/lib/moderation/saved-reasons.queries";
import { paths } from "@/lib/paths";

const t = labels.admin.moderation;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminModerationPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const params = parseModerationSearchParams(await searchParams);
  const territory = await resolveTerritoryParam(params.territory);
  const filters = { kind: params.kind, claim: params.claim, territoryId: territory?.id };
  const filtered = Boolean(params.kind || params.claim || territory);
  const [queue, territories, savedReasons] = await Promise.all([
    listModerationQueue(principal, { page: params.page, filters }),
    listQueueTerritories(principal),
    listSavedReasons(principal),
  ]);
  const { total } = queue.pageInfo;
  const query = moderationQuery(params);

  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
        <p className="mt-2">
          <Link href={paths.adminSavedReasons()}>{t.savedReasons.link}</Link>
        </p>
        <p className="mt-2">
          <Link href={paths.adminMessageReports()}>{conversationsCopy.admin.title}</Link>
        </p>
      </PageHeader>
      <ModerationFilters params={params} territories={territories} />
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
        {/* Mounted whatever the queue holds: the outcome of the last decision outlives its item. */}
        <ModerationDecisions>
          <ModerationBulkForm savedReasons={savedReasons} hasItems={queue.items.length > 0} />
          {queue.items.length > 0 ? (
            <ModerationQueue items={queue.items} savedReasons={savedReasons} />
          ) : total === 0 ? (
            <EmptyState title={filtered ? t.filters.emptyFiltered : t.empty}>
              <p>{filtered ? t.filters.emptyFilteredAdvice : t.emptyAdvice}</p>
            </EmptyState>
          ) : null}
        </ModerationDecisions>
        <Pagination pageInfo={queue.pageInfo} hrefFor={(n) => paths.adminModerationQueue({ ...query, page: n })} />
      </section>
    </>
  );
}
