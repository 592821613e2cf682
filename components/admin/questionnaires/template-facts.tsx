// The facts of one questionnaire version, as a description list under the page title.
import { formatDateTime, isoDateTime } from "@/lib/text/dates";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import type { TemplateVersionRow } from "@/lib/diagnostics/templates.admin.queries";
import { TemplateStatusBadge } from "./template-versions-table";

const t = adminQuestionnairesCopy;
const numberFormat = new Intl.NumberFormat("fr-FR");

function DateValue({ date }: { date: Date | null }) {
  return date ? <time dateTime={isoDateTime(date)}>{formatDateTime(date)}</time> : <>{t.notActivated}</>;
}

export function TemplateFacts({ version }: { version: TemplateVersionRow }) {
  const facts = [
    { term: t.detail.status, value: <TemplateStatusBadge status={version.status} /> },
    { term: t.columns.title, value: version.title },
    { term: t.detail.createdAt, value: <DateValue date={version.createdAt} /> },
    { term: t.detail.activatedAt, value: <DateValue date={version.activatedAt} /> },
    { term: t.detail.diagnostics, value: numberFormat.format(version.diagnosticCount) },
  ];
  return (
    <dl className="mb-8 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {facts.map((fact) => (
        <div key={fact.term} className="contents">
          <dt className="font-semibold">{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
