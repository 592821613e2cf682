import type { Metadata } from "next";
import Link from "next/link";
import { KitsBreadcrumbs } from "@/components/kits/admin/kits-breadcrumbs";
import { KitsTable } from "@/components/kits/admin/kits-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm, SelectField } from "@/components/ui/search-form";
import { requireRole } from "@/lib/auth/session";
import { kitsLabels } from "@/lib/copy/kits";
import { labels } from "@/lib/labels";
import { countPendingFeedback, listKitsForStaff } from "@/lib/kits/kits.admin.queries";
import { parseAdminKitListParams, STATUS_SLUGS } from "@/lib/kits/kits.admin.schemas";
import { paths } from "@/lib/paths";

const t = kitsLabels.admin;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminKitsPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { q, status, statusSlug, page } = parseAdminKitListParams(await searchParams);
  const [result, pending] = await Promise.all([listKitsForStaff(principal, { q, status, page }), countPendingFeedback(principal)]);
  const statusOptions = [
    { value: "", label: t.allStatuses },
    ...Object.entries(STATUS_SLUGS).map(([slug, value]) => ({ value: slug, label: kitsLabels.statuses[value] })),
  ];

  return (
    <>
      <KitsBreadcrumbs current={t.title} isList />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <p className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        <ButtonLink href={paths.adminKitNew()}>{t.newKit}</ButtonLink>
        <Link href={paths.adminKitFeedback()}>{t.feedbackLink(pending)}</Link>
      </p>
      <SearchForm action={paths.adminKits()} id="recherche-kit" label={t.searchLabel} hint={t.searchHint} defaultValue={q} submitLabel={t.searchSubmit}>
        <SelectField id="filtre-statut" name="statut" label={t.statusLabel} defaultValue={statusSlug ?? ""} options={statusOptions} />
      </SearchForm>
      <section aria-labelledby="kits-resultats" className="mt-8">
        <h2 id="kits-resultats" className="text-2xl font-bold">
          {t.found(result.pageInfo.total)}
        </h2>
        <div className="mt-4">{result.items.length > 0 ? <KitsTable kits={result.items} /> : <EmptyState title={t.empty} />}</div>
        <Pagination pageInfo={result.pageInfo} hrefFor={(n) => paths.adminKits({ q, statut: statusSlug ?? undefined, page: n })} />
      </section>
    </>
  );
}
