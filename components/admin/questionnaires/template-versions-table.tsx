// The versions of one questionnaire key, newest first: status, activation date, how many
// diagnostics started with each, and the way to open, preview or copy each version.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime, isoDateTime } from "@/lib/text/dates";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { createTemplateVersionAction } from "@/lib/diagnostics/templates.admin.actions";
import type { TemplateGroup } from "@/lib/diagnostics/templates.admin.queries";
import { paths } from "@/lib/paths";
import { TemplateActionButton } from "./template-action-button";

const t = adminQuestionnairesCopy;
const cell = "border-b border-line px-3 py-2 align-top text-left";
const numberFormat = new Intl.NumberFormat("fr-FR");

export function TemplateStatusBadge({ status }: { status: keyof typeof t.statuses }) {
  return <Badge tone={status === "ACTIVE" ? "brand" : "neutral"}>{t.statuses[status]}</Badge>;
}

export function TemplateVersionsTable({ group, headingId }: { group: TemplateGroup; headingId: string }) {
  const captionId = `${headingId}-legende`;
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse">
        <caption id={captionId} className="sr-only">
          {t.caption(group.key)}
        </caption>
        <thead className="bg-surface">
          <tr>
            {Object.values(t.columns).map((label) => (
              <th key={label} scope="col" className={cell}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {group.versions.map((version) => (
            <tr key={version.id}>
              <th scope="row" className={cell}>
                <Link href={paths.adminQuestionnaire(version.id)} aria-label={version.status === "DRAFT" ? t.edit(version.version) : t.open(version.version)}>
                  {t.versionLabel(version.version)}
                </Link>
              </th>
              <td className={cell}>{version.title}</td>
              <td className={cell}>
                <TemplateStatusBadge status={version.status} />
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                {version.activatedAt ? <time dateTime={isoDateTime(version.activatedAt)}>{formatDateTime(version.activatedAt)}</time> : <span className="text-muted">{t.notActivated}</span>}
              </td>
              <td className={`${cell} text-right tabular-nums`}>{numberFormat.format(version.diagnosticCount)}</td>
              <td className={cell}>
                <div className="flex flex-wrap items-start gap-3">
                  <Link href={paths.adminQuestionnairePreview(version.id)} aria-label={t.previewOf(version.version)} className="py-1.5">
                    {t.previewLink}
                  </Link>
                  <TemplateActionButton action={createTemplateVersionAction} formId="questionnaire.new-version" templateId={version.id} label={t.newVersion} srLabel={t.newVersionOf(version.version)} small />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
