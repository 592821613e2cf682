import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { DoneNotice } from "@/components/ui/done-notice";
import { ImportProblem, OrganisationImportView } from "@/components/admin/organisation-import-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { adminLabels } from "@/lib/copy/admin";
import { NotFoundError } from "@/lib/errors";
import { getOrganisationImport, type ImportView } from "@/lib/imports/organisation-import.queries";
import { paths } from "@/lib/paths";

const t = adminImportsCopy;

export const metadata: Metadata = { title: `${t.title} — ${adminLabels.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function viewOf(principal: { id: string; platformRole: "USER" | "STAFF" | "ADMIN" }, importId: string): Promise<ImportView | null> {
  try {
    return await getOrganisationImport(principal, importId);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

const links = {
  template: paths.adminOrganisationImportTemplate(),
  report: (importId: string) => paths.adminOrganisationImportReport(importId),
  restart: paths.adminOrganisationImport(),
};

export default async function AdminOrganisationImportPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const params = await searchParams;
  const importId = typeof params.import === "string" ? params.import : null;
  const view = importId ? await viewOf({ id: viewer.id, platformRole: viewer.platformRole }, importId) : null;
  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      {params.fait === "annule" ? <DoneNotice message={t.cancelled} clear="fait" /> : null}
      {importId && !view ? <ImportProblem messages={[t.previewNotFound]} /> : null}
      <OrganisationImportView view={view} links={links} />
    </>
  );
}
