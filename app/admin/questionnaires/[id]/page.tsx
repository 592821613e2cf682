import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { ActivationForm } from "@/components/admin/questionnaires/activation-form";
import { TemplateActionButton } from "@/components/admin/questionnaires/template-action-button";
import { TemplateEditor } from "@/components/admin/questionnaires/template-editor";
import { EditorModes, FORM_MODE } from "@/components/admin/questionnaires/editor-modes";
import { TemplateFacts } from "@/components/admin/questionnaires/template-facts";
import { TemplateFormEditor } from "@/components/admin/questionnaires/template-form-editor";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { createTemplateVersionAction, deleteTemplateDraftAction } from "@/lib/diagnostics/templates.admin.actions";
import { parseDiagnosticTemplate } from "@/lib/diagnostics/template.schema";
import { editorBody } from "@/lib/diagnostics/templates.admin.schemas";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { loadTemplateVersion } from "./load-version";

const t = adminQuestionnairesCopy;
const d = t.detail;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const version = await loadTemplateVersion(params);
  return { title: `${d.title(version.key, version.version)} — ${t.title} — ${labels.admin.section}` };
}

function readOnlyReason(version: { status: string; diagnosticCount: number }): string {
  if (version.status === "ACTIVE") return d.readOnlyActive;
  if (version.status === "RETIRED") return d.readOnlyRetired;
  return d.readOnlyDiagnostics;
}

export default async function AdminQuestionnaireVersionPage({ params, searchParams }: Props) {
  const version = await loadTemplateVersion(params);
  const body = editorBody(version.content);
  // The form editor needs a valid template to lay out its fields; drafts are only saved valid.
  const parsed = parseDiagnosticTemplate(version.content);
  const formMode = (await searchParams).mode === FORM_MODE && parsed.success;
  return (
    <>
      <AdminBreadcrumbs current={t.versionName(version.key, version.version)} trail={[{ label: t.title, href: paths.adminQuestionnaires() }]} />
      <PageHeader title={d.title(version.key, version.version)} />
      <TemplateFacts version={version} />

      <section aria-labelledby="actions" className="mb-10">
        <h2 id="actions" className="mb-4 text-2xl font-bold">
          {d.actionsHeading}
        </h2>
        <div className="flex flex-wrap items-start gap-x-6 gap-y-4">
          <ButtonLink href={paths.adminQuestionnairePreview(version.id)} variant="secondary">
            {t.previewLink}
          </ButtonLink>
          <ActivationForm templateId={version.id} version={version.version} status={version.status} activeVersion={version.activeVersion} />
          <TemplateActionButton action={createTemplateVersionAction} formId="questionnaire.new-version" templateId={version.id} label={t.newVersion} />
          {version.editable ? (
            <TemplateActionButton
              action={deleteTemplateDraftAction}
              formId="questionnaire.delete-draft"
              templateId={version.id}
              label={d.remove}
              hint={d.removeHint}
              confirm={d.confirmRemove(version.version)}
            />
          ) : null}
        </div>
      </section>

      {version.editable ? (
        <section aria-labelledby="edition" className="mb-10">
          <h2 id="edition" className="mb-4 text-2xl font-bold">
            {t.editor.heading}
          </h2>
          {parsed.success ? <EditorModes id={version.id} form={formMode} /> : null}
          {formMode && parsed.success ? (
            <TemplateFormEditor templateId={version.id} revision={version.revision} title={version.title} template={parsed.data} />
          ) : (
            <TemplateEditor templateId={version.id} revision={version.revision} title={version.title} body={body} />
          )}
        </section>
      ) : (
        <section aria-labelledby="contenu" className="mb-10">
          <h2 id="contenu" className="mb-4 text-2xl font-bold">
            {d.contentHeading}
          </h2>
          <p className="mb-4 max-w-prose rounded-md border-l-4 border-odd17 bg-odd17-light p-4">{readOnlyReason(version)}</p>
          <label htmlFor="contenu-lecture" className="font-semibold">
            {d.readOnlyContent}
          </label>
          <textarea
            id="contenu-lecture"
            readOnly
            defaultValue={body}
            rows={30}
            wrap="off"
            spellCheck={false}
            className="mt-2 block w-full rounded-md border-2 border-line bg-surface px-3 py-2 font-mono text-sm leading-5 text-ink"
          />
        </section>
      )}
    </>
  );
}
