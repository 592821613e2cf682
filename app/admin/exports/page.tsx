import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { EXPORT_LISTS } from "@/lib/exports/exports";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.admin.exports;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

export default async function AdminExportsPage() {
  await requireRole("STAFF");
  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <section aria-labelledby="listes-exportables">
        <h2 id="listes-exportables" className="mb-4 text-2xl font-bold">
          {t.listsHeading}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {EXPORT_LISTS.map((list) => (
            <li key={list} className="flex flex-col rounded-lg border border-line bg-white p-4 sm:p-6">
              <h3 className="text-xl font-bold">{t.lists[list].title}</h3>
              <p className="mt-2 flex-1 text-muted">{t.lists[list].text}</p>
              {/* A plain link: the CSV comes from a route handler, not a page to navigate to. */}
              <a href={paths.adminExport(list)} download className={buttonClasses("secondary", "mt-4 self-start")}>
                {t.download}
                <span className="sr-only">{t.downloadOf(t.lists[list].title)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
