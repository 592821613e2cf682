import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DoneNotice } from "@/components/ui/done-notice";
import { ImportProblem, OrganisationImportView } from "@/components/admin/organisation-import-view";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { getPrincipal, requireUser } from "@/lib/auth/session";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { networksLabels } from "@/lib/copy/networks";
import { NotFoundError } from "@/lib/errors";
import { HEAD_IMPORT_MAX_LINES } from "@/lib/imports/organisation-import";
import { getOrganisationImport, type ImportView } from "@/lib/imports/organisation-import.queries";
import { labels } from "@/lib/labels";
import { getOrganisationForViewer } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";

const t = adminImportsCopy;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Scoped to the viewer: an organisation they are not in gives null, hence the 404 page.
const loadOrganisation = cache(async (id: string) => getOrganisationForViewer(await getPrincipal(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await loadOrganisation((await params).id);
  // The title names the page only for those who may see it (the others get the 404 page).
  const allowed = organisation && can(await getPrincipal(), "network.import", organisation.scope);
  return { title: allowed ? t.head.title(organisation.name) : labels.errors.notFoundTitle };
}

async function viewOf(principal: { id: string; platformRole: "USER" | "STAFF" | "ADMIN" }, importId: string, headId: string): Promise<ImportView | null> {
  try {
    return await getOrganisationImport(principal, importId, { headId });
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export default async function NetworkImportPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const organisation = await loadOrganisation((await params).id);
  const principal = { id: user.id, platformRole: user.platformRole };
  // Only the head's admins: anyone else (another network's member included) finds no such page.
  if (!organisation || !can(principal, "network.import", organisation.scope)) notFound();
  const { id } = organisation;
  const query = await searchParams;
  const importId = typeof query.import === "string" ? query.import : null;
  const view = importId ? await viewOf(principal, importId, id) : null;
  const links = {
    template: paths.organisationNetworkImportTemplate(id),
    report: (reportId: string) => paths.organisationNetworkImportReport(id, reportId),
    restart: paths.organisationNetworkImport(id),
  };
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.organisations.workspace, href: paths.workspace() },
          { label: organisation.name, href: paths.organisation(id) },
          { label: networksLabels.heading, href: paths.organisationNetwork(id) },
        ]}
        current={t.head.heading}
      />
      <PageHeader title={t.head.title(organisation.name)}>
        <p>{t.head.intro(HEAD_IMPORT_MAX_LINES)}</p>
      </PageHeader>
      {query.fait === "annule" ? <DoneNotice message={t.cancelled} clear="fait" /> : null}
      {importId && !view ? <ImportProblem messages={[t.previewNotFound]} /> : null}
      <OrganisationImportView view={view} links={links} headId={id} previewIntro={t.head.previewIntro} />
    </>
  );
}
