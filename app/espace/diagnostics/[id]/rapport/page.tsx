import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { FeedbackForm } from "@/components/diagnostics/feedback-form";
import { FollowUpPrompt } from "@/components/diagnostics/follow-up-prompt";
import { PublicationForm } from "@/components/diagnostics/publication-form";
import { ReopenForm } from "@/components/diagnostics/reopen-form";
import { ReportActions } from "@/components/diagnostics/report-actions";
import { ReportContext } from "@/components/diagnostics/report-context";
import "@/components/diagnostics/report-print.css";
import { ReportRecommendations } from "@/components/diagnostics/report-recommendations";
import { ReportScores } from "@/components/diagnostics/report-scores";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { getPrincipal } from "@/lib/auth/session";
import { diagnosticsCopy, formatFrenchDate } from "@/lib/copy/diagnostics";
import { findDiagnostic } from "@/lib/diagnostics/diagnostics.queries";
import { readPostponedFollowUps, selectDueFollowUps } from "@/lib/diagnostics/follow-up.queries";
import { buildDiagnosticReport } from "@/lib/diagnostics/report.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = diagnosticsCopy.report;

type Props = { params: Promise<{ id: string }> };

// Scoped to the viewer: another organisation's id gives null, hence the 404 page.
const loadDiagnostic = cache(async (id: string) => {
  const principal = await getPrincipal();
  return { principal, diagnostic: await findDiagnostic(principal, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { diagnostic } = await loadDiagnostic((await params).id);
  return { title: diagnostic ? t.title(diagnostic.territory.name) : labels.errors.notFoundTitle };
}

export default async function DiagnosticReportPage({ params }: Props) {
  const { principal, diagnostic } = await loadDiagnostic((await params).id);
  if (!diagnostic) notFound();
  const report = await buildDiagnosticReport(diagnostic);
  // A draft has no scores yet: back to its questionnaire.
  if (!report) redirect(paths.diagnostic(diagnostic.id));
  const title = t.title(diagnostic.territory.name);
  const isMember = diagnostic.scope.membershipRole !== null && diagnostic.scope.membershipRole !== undefined;
  // Weeks after completion, the follow-up question replaces the plain feedback form.
  const followUpDue =
    isMember && principal ? (await selectDueFollowUps(principal.id, [diagnostic], { postponed: await readPostponedFollowUps() })).length > 0 : false;
  const published = diagnostic.status === "PUBLISHED";
  const canReopen = can(principal, "diagnostic.update", diagnostic.scope) && (!published || can(principal, "diagnostic.publish", diagnostic.scope));

  return (
    <div data-printable-report>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: diagnosticsCopy.workspace, href: paths.workspace() },
          { label: diagnosticsCopy.list.title, href: paths.diagnostics() },
        ]}
        current={title}
      />
      <PageHeader title={title}>
        <p>{t.subtitle(diagnostic.actor.name, formatFrenchDate(diagnostic.completedAt ?? diagnostic.updatedAt))}</p>
      </PageHeader>
      {followUpDue ? <FollowUpPrompt diagnostic={diagnostic} /> : null}
      <ReportActions pdfHref={paths.diagnosticPdf(diagnostic.id)} />
      <ReportScores report={report} />
      <ReportRecommendations report={report} />
      <ReportContext report={report} />
      {isMember ? (
        <>
          <PublicationForm
            id={diagnostic.id}
            territory={diagnostic.territory.name}
            published={published}
            canPublish={can(principal, "diagnostic.publish", diagnostic.scope)}
            withdrawnReason={diagnostic.moderationReason}
          />
          <ReopenForm id={diagnostic.id} territory={diagnostic.territory.name} version={diagnostic.version} published={published} canReopen={canReopen} />
          {followUpDue ? null : <FeedbackForm id={diagnostic.id} />}
        </>
      ) : null}
    </div>
  );
}
