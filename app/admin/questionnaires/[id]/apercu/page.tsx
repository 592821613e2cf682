import type { Metadata } from "next";
import Link from "next/link";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { ScoringSummary } from "@/components/admin/questionnaires/scoring-summary";
import { TemplatePreview } from "@/components/admin/questionnaires/template-preview";
import { PageHeader } from "@/components/ui/page-header";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { parseDiagnosticTemplate } from "@/lib/diagnostics/template.schema";
import { summariseAxes } from "@/lib/diagnostics/templates.admin.preview";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { loadTemplateVersion } from "../load-version";

const t = adminQuestionnairesCopy;
const p = t.preview;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const version = await loadTemplateVersion(params);
  return { title: `${p.title(version.key, version.version)} — ${t.title} — ${labels.admin.section}` };
}

export default async function AdminQuestionnairePreviewPage({ params }: Props) {
  const version = await loadTemplateVersion(params);
  // Drafts are only ever saved valid; this guards rows written by other means.
  const parsed = parseDiagnosticTemplate(version.content);
  const name = t.versionName(version.key, version.version);
  return (
    <>
      <AdminBreadcrumbs
        current={p.previewCrumb}
        trail={[
          { label: t.title, href: paths.adminQuestionnaires() },
          { label: name, href: paths.adminQuestionnaire(version.id) },
        ]}
      />
      <PageHeader title={p.title(version.key, version.version)}>
        <p>{p.intro}</p>
        <p className="mt-2 text-base">
          <Link href={paths.adminQuestionnaire(version.id)}>{p.back}</Link>
        </p>
      </PageHeader>
      {!parsed.success ? (
        <p role="alert" className="max-w-prose rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {p.invalid}
        </p>
      ) : (
        <>
          <section aria-labelledby="notation" className="mb-10">
            <h2 id="notation" className="text-2xl font-bold">
              {p.scoringHeading}
            </h2>
            <ScoringSummary template={parsed.data} axes={summariseAxes(parsed.data)} />
          </section>
          <section aria-labelledby="questionnaire" className="mb-10">
            <h2 id="questionnaire" className="text-2xl font-bold">
              {parsed.data.title}
            </h2>
            {parsed.data.description ? <p className="mb-6 mt-2 max-w-prose text-lg text-muted">{parsed.data.description}</p> : null}
            <TemplatePreview template={parsed.data} />
          </section>
        </>
      )}
    </>
  );
}
