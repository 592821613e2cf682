// What an organisation import page shows for one import, shared by the back office's page and a
// network head's page (which pass their own links and, for a head, its id): the upload, the
// preview, the progress of the job, its failure, or its outcome with the report.
import { OrganisationImportDecisionForms, OrganisationImportRetryForm, OrganisationImportUploadForm } from "@/components/admin/organisation-import-forms";
import { ImportCounts, ImportPreviewTable } from "@/components/admin/organisation-import-preview";
import { OrganisationImportProgress } from "@/components/admin/organisation-import-progress";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import type { ImportView } from "@/lib/imports/organisation-import.queries";

const t = adminImportsCopy;

export type ImportLinks = { template: string; report: (importId: string) => string; restart: string };
type Props = { view: ImportView | null; links: ImportLinks; headId?: string; templateIntro?: string; previewIntro?: string };

export function ImportProblem({ messages }: { messages: string[] }) {
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

function UploadSections({ links, headId, templateIntro }: Pick<Props, "links" | "headId" | "templateIntro">) {
  return (
    <>
      <section aria-labelledby="modele" className="mb-10 max-w-3xl">
        <h2 id="modele" className="mb-3 text-2xl font-bold">
          {t.templateHeading}
        </h2>
        <p className="mb-4">{templateIntro ?? t.templateIntro}</p>
        <a href={links.template} download className={buttonClasses("secondary")}>
          {t.templateLink}
        </a>
      </section>
      <section aria-labelledby="depot">
        <h2 id="depot" className="mb-4 text-2xl font-bold">
          {t.uploadHeading}
        </h2>
        <OrganisationImportUploadForm headId={headId} />
      </section>
    </>
  );
}

export function OrganisationImportView({ view, links, headId, templateIntro, previewIntro }: Props) {
  if (view?.state === "done") {
    return (
      <section aria-labelledby="bilan">
        <h2 id="bilan" className="mb-3 text-2xl font-bold">
          {t.doneHeading}
        </h2>
        <p className="mb-2">{t.done(view.report.counts.create)}</p>
        <p className="mb-6">{t.doneCounts(view.report.counts.duplicate, view.report.counts.error)}</p>
        <div className="flex flex-wrap gap-4">
          <a href={links.report(view.importId)} download className={buttonClasses("primary")}>
            {t.reportLink}
          </a>
          <ButtonLink href={links.restart} variant="secondary">
            {t.newImport}
          </ButtonLink>
        </div>
      </section>
    );
  }
  if (view?.state === "running") {
    return (
      <section aria-labelledby="en-cours">
        <h2 id="en-cours" className="mb-3 text-2xl font-bold">
          {t.runningHeading} — {view.fileName}
        </h2>
        <p className="mb-4 max-w-3xl">{t.runningIntro}</p>
        <OrganisationImportProgress queued={view.queued} linesDone={view.linesDone} linesTotal={view.linesTotal} />
      </section>
    );
  }
  if (view?.state === "failed") {
    return (
      <section aria-labelledby="echec">
        <h2 id="echec" className="mb-3 text-2xl font-bold">
          {t.failedHeading} — {view.fileName}
        </h2>
        <ImportProblem messages={[view.error]} />
        <OrganisationImportRetryForm importId={view.importId} headId={headId} />
      </section>
    );
  }
  if (view?.state === "invalid") {
    return (
      <>
        <ImportProblem messages={view.errors} />
        <OrganisationImportDecisionForms importId={view.importId} toCreate={0} headId={headId} />
      </>
    );
  }
  if (view?.state === "preview") {
    return (
      <section aria-labelledby="apercu">
        <h2 id="apercu" className="mb-3 text-2xl font-bold">
          {t.previewHeading} — {view.fileName}
        </h2>
        <p className="mb-4 max-w-3xl">{previewIntro ?? t.previewIntro}</p>
        <ImportCounts counts={view.preview.counts} />
        {view.preview.counts.create === 0 ? <p className="mb-4 font-semibold">{t.nothingToCreate}</p> : null}
        <div className="mb-6">
          <OrganisationImportDecisionForms importId={view.importId} toCreate={view.preview.counts.create} headId={headId} />
        </div>
        <ImportPreviewTable preview={view.preview} />
      </section>
    );
  }
  return <UploadSections links={links} headId={headId} templateIntro={templateIntro} />;
}
