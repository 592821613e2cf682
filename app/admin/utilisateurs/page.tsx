import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { UsersTable } from "@/components/admin/users-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { can } from "@/lib/auth/permissions";
import { requireRole } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { listUsers } from "@/lib/users/users.queries";
import { parseUserSearchParams } from "@/lib/users/users.schemas";

const t = labels.admin.users;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { q, page } = parseUserSearchParams(await searchParams);
  const result = await listUsers(principal, { q, page });
  const { total } = result.pageInfo;

  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <SearchForm
        action={paths.adminUsers()}
        id="recherche-utilisateur"
        label={t.searchLabel}
        hint={t.searchHint}
        defaultValue={q}
        submitLabel={t.searchSubmit}
      />
      <section aria-labelledby="comptes-resultats" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-4">
          <h2 id="comptes-resultats" className="text-2xl font-bold">
            {q ? t.found(total) : t.all(total)}
          </h2>
          {/* A plain link: the CSV comes from a route handler; it holds the accounts of this search. */}
          <a href={paths.adminExport("utilisateurs", { q })} download>
            {t.exportLink}
          </a>
        </div>
        <div className="mt-4">
          {result.items.length > 0 ? (
            <UsersTable users={result.items} viewerId={viewer.id} canGrant={can(principal, "user.role.grant")} canDisable={can(principal, "user.disable")} />
          ) : total === 0 ? (
            <EmptyState title={t.empty}>
              <p>{t.emptyAdvice}</p>
            </EmptyState>
          ) : null}
        </div>
        <Pagination pageInfo={result.pageInfo} hrefFor={(n) => paths.adminUsers({ q, page: n })} />
      </section>
    </>
  );
}
