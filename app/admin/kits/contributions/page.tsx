import type { Metadata } from "next";
import { FeedbackList } from "@/components/kits/admin/feedback-list";
import { KitsBreadcrumbs } from "@/components/kits/admin/kits-breadcrumbs";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { kitsLabels } from "@/lib/copy/kits";
import { labels } from "@/lib/labels";
import { getKitTitle, listKitFeedback } from "@/lib/kits/kits.admin.queries";
import { parseFeedbackListParams } from "@/lib/kits/kits.admin.schemas";
import { paths } from "@/lib/paths";

const t = kitsLabels.admin.feedback;
const selectClasses = "mt-1 block min-h-11 rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink";

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function KitFeedbackPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const query = parseFeedbackListParams(await searchParams);
  const [result, kitTitle] = await Promise.all([listKitFeedback(principal, query), query.kitId ? getKitTitle(principal, query.kitId) : null]);
  const type = query.kind?.toLowerCase();
  const heading = kitTitle ? t.kitFilter(kitTitle) : t.title;

  return (
    <>
      <KitsBreadcrumbs current={t.title} />
      <PageHeader title={heading}>
        <p>{t.intro}</p>
      </PageHeader>
      <form action={paths.adminKitFeedback()} method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface p-4">
        {query.kitId ? <input type="hidden" name="kit" value={query.kitId} /> : null}
        <div>
          <label htmlFor="filtre-etat" className="font-semibold">
            {t.stateLabel}
          </label>
          <select id="filtre-etat" name="etat" defaultValue={query.state} className={selectClasses}>
            {Object.entries(t.states).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-type" className="font-semibold">
            {t.kindLabel}
          </label>
          <select id="filtre-type" name="type" defaultValue={type ?? ""} className={selectClasses}>
            <option value="">{t.allKinds}</option>
            <option value="suggestion">{kitsLabels.feedbackKinds.SUGGESTION}</option>
            <option value="comment">{kitsLabels.feedbackKinds.COMMENT}</option>
          </select>
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          {t.filter}
        </button>
      </form>
      <section aria-labelledby="contributions-resultats" className="mt-8">
        <h2 id="contributions-resultats" className="mb-4 text-2xl font-bold">
          {t.found(result.pageInfo.total)}
        </h2>
        {result.items.length > 0 ? <FeedbackList items={result.items} /> : <EmptyState title={t.empty} />}
        <Pagination pageInfo={result.pageInfo} hrefFor={(page) => paths.adminKitFeedback({ etat: query.state, type, kit: query.kitId ?? undefined, page })} />
      </section>
    </>
  );
}
