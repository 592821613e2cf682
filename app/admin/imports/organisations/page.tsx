import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { DoneNotice } from "@/components/admin/done-notice";
import { OrganisationImportDecisionForms, OrganisationImportRetryForm, OrganisationImportUploadForm } from "@/components/admin/organisation-import-forms";
import { ImportCounts, ImportPreviewTable } from "@/components/admin/organisation-import-preview";
import { OrganisationImportProgress } from "@/components/admin/organisation-import-progress";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
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

function Problem({ messages }: { messages: string[] }) {
  return (
    <div role="alert" className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
      {messages.map((message) => (
        <p key={message} className="font-semibold">
          {message}
        </p>
      ))}
    </div>
  );
}

function UploadSections() {
  return (
    <>
      <section aria-labelledby="modele" className="mb-10 max-w-3xl">
        <h2 id="modele" className="mb-3 text-2xl font-bold">
          {t.templateHeading}
        </h2>
        <p className="mb-4">{t.templateIntro}</p>
        <a href={paths.adminOrganisationImportTemplate()} download className={buttonClasses("secondary")}>
          {t.templateLink}
        </a>
      </section>
      <section aria-labelledby="depot">
        <h2 id="depot" className="mb-4 text-2xl font-bold">
          {t.uploadHeading}
        </h2>
        <OrganisationImportUploadForm />
      </section>
    </>
  );
}

async function viewOf(principal: { id: string; platformRole: "USER" | "STAFF" | "ADMIN" }, importId: string): Promise<ImportView | null> {
  try {
    return await getOrganisationImport(principal, importId);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

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
      {importId && !view ? <Problem messages={[t.previewNotFound]} /> : null}
      {view?.state === "done" ? (
        <section aria-labelledby="bilan">
          <h2 id="bilan" className="mb-3 text-2xl font-bold">
            {t.doneHeading}
          </h2>
          <p className="mb-2">{t.done(view.report.counts.create)}</p>
          <p className="mb-6">{t.doneCounts(view.report.counts.duplicate, view.report.counts.error)}</p>
          <div className="flex flex-wrap gap-4">
            <a href={paths.adminOrganisationImportReport(view.importId)} download className={buttonClasses("primary")}>
              {t.reportLink}
            </a>
            <ButtonLink href={paths.adminOrganisationImport()} variant="secondary">
              {t.newImport}
            </ButtonLink>
          </div>
        </section>
      ) : view?.state === "running" ? (
        <section aria-labelledby="en-cours">
          <h2 id="en-cours" className="mb-3 text-2xl font-bold">
            {t.runningHeading} — {view.fileName}
          </h2>
          <p className="mb-4 max-w-3xl">{t.runningIntro}</p>
          <OrganisationImportProgress queued={view.queued} linesDone={view.linesDone} linesTotal={view.linesTotal} />
        </section>
      ) : view?.state === "failed" ? (
        <section aria-labelledby="echec">
          <h2 id="echec" className="mb-3 text-2xl font-bold">
            {t.failedHeading} — {view.fileName}
          </h2>
          <Problem messages={[view.error]} />
          <OrganisationImportRetryForm importId={view.importId} />
        </section>
      ) : view?.state === "invalid" ? (
        <>
          <Problem messages={view.errors} />
          <OrganisationImportDecisionForms importId={view.importId} toCreate={0} />
        </>
      ) : view?.state === "preview" ? (
        <section aria-labelledby="apercu">
          <h2 id="apercu" className="mb-3 text-2xl font-bold">
            {t.previewHeading} — {view.fileName}
          </h2>
          <p className="mb-4 max-w-3xl">{t.previewIntro}</p>
          <ImportCounts counts={view.preview.counts} />
          {view.preview.counts.create === 0 ? <p className="mb-4 font-semibold">{t.nothingToCreate}</p> : null}
          <div className="mb-6">
            <OrganisationImportDecisionForms importId={view.importId} toCreate={view.preview.counts.create} />
          </div>
          <ImportPreviewTable preview={view.preview} />
        </section>
      ) : (
        <UploadSections />
      )}
    </>
  );
}
