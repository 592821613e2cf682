import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { QuestionnaireProgress } from "@/components/diagnostics/questionnaire-progress";
import { QuestionnaireStep } from "@/components/diagnostics/questionnaire-step";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { getPrincipal } from "@/lib/auth/session";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { findDiagnostic } from "@/lib/diagnostics/diagnostics.queries";
import { parseStep } from "@/lib/diagnostics/diagnostics.schemas";
import { answersToDraft } from "@/lib/diagnostics/form-answers";
import { prefillSection, profileAnswers } from "@/lib/diagnostics/profile-prefill";
import { completedSteps, resumeStep } from "@/lib/diagnostics/progress";
import type { Answers } from "@/lib/diagnostics/answers";
import type { DiagnosticTemplate } from "@/lib/diagnostics/template.schema";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Scoped to the viewer: another organisation's id gives null, hence the 404 page.
const loadDiagnostic = cache(async (id: string) => findDiagnostic(await getPrincipal(), id));

/** The step asked for (?etape=n), or where the diagnostic resumes: its first step still to complete. */
function stepToShow(template: DiagnosticTemplate, answers: Answers, etape: string | string[] | undefined): number {
  return etape === undefined ? resumeStep(template, answers) : parseStep(etape, template.sections.length);
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const diagnostic = await loadDiagnostic((await params).id);
  if (!diagnostic) return { title: labels.errors.notFoundTitle };
  const sections = diagnostic.template.sections;
  const step = stepToShow(diagnostic.template, diagnostic.answers, (await searchParams).etape);
  return { title: `${diagnosticsCopy.questionnaire.stepOf(step, sections.length)} — ${diagnosticsCopy.report.title(diagnostic.territory.name)}` };
}

export default async function DiagnosticQuestionnairePage({ params, searchParams }: Props) {
  const diagnostic = await loadDiagnostic((await params).id);
  if (!diagnostic) notFound();
  // A completed diagnostic is read, not answered again.
  if (diagnostic.status !== "DRAFT") redirect(paths.diagnosticReport(diagnostic.id));

  const sections = diagnostic.template.sections;
  const step = stepToShow(diagnostic.template, diagnostic.answers, (await searchParams).etape);
  const section = sections[step - 1];
  // What the organisation's profile already says is proposed, marked and editable, never asked blank.
  const { draft, prefilled } = prefillSection(
    section,
    answersToDraft(section, diagnostic.answers),
    diagnostic.answers,
    profileAnswers(diagnostic.template, diagnostic.actor),
  );
  const title = diagnosticsCopy.report.title(diagnostic.territory.name);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: diagnosticsCopy.workspace, href: paths.workspace() },
          { label: diagnosticsCopy.list.title, href: paths.diagnostics() },
        ]}
        current={title}
      />
      <PageHeader title={title}>
        <p>{diagnostic.actor.name}</p>
      </PageHeader>
      <QuestionnaireProgress
        id={diagnostic.id}
        step={step}
        titles={sections.map((candidate) => candidate.title)}
        completed={completedSteps(diagnostic.template, diagnostic.answers)}
      />
      <h2 className="mb-4 text-2xl font-bold">{section.title}</h2>
      <QuestionnaireStep
        key={`${diagnostic.id}-${step}-${diagnostic.version}`}
        id={diagnostic.id}
        version={diagnostic.version}
        step={step}
        stepCount={sections.length}
        section={section}
        initialDraft={draft}
        prefilled={prefilled}
      />
    </>
  );
}
