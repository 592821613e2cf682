// The versions of one questionnaire key, newest first: status, activation date, how many
// diagnostics started with each, and the way to open, preview or copy each version.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatDateTime, isoDateTime } from "@/lib/text/dates";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { createTemplateVersionAction } from "@/lib/diagnostics/templates.admin.actions";
import type { TemplateGroup } from "@/lib/diagnostics/templates.admin.queries";
import { paths } from "@/lib/paths";
import { TemplateActionButton } from "./template-action-button";

const t = adminQuestionnairesCopy;
const numberFormat = new Intl.NumberFormat("fr-FR");

export function TemplateStatusBadge({ status }: { status: keyof typeof t.statuses }) {
  return <Badge tone={status === "ACTIVE" ? "brand" : "neutral"}>{t.statuses[status]}</Badge>;
}

type Version = TemplateGroup["versions"][number];

export function TemplateVersionsTable({ group, headingId }: { group: TemplateGroup; headingId: string }) {
  const columns: DataColumn<Version>[] = [
    {
      header: t.columns.version,
      rowHeader: true,
      cell: (version) => (
        <Link href={paths.adminQuestionnaire(version.id)} aria-label={version.status === "DRAFT" ? t.edit(version.version) : t.open(version.version)}>
          {t.versionLabel(version.version)}
        </Link>
      ),
    },
    { header: t.columns.title, cell: (version) => version.title },
    { header: t.columns.status, cell: (version) => <TemplateStatusBadge status={version.status} /> },
    {
      header: t.columns.activatedAt,
      className: "whitespace-nowrap",
      cell: (version) =>
        version.activatedAt ? (
          <time dateTime={isoDateTime(version.activatedAt)}>{formatDateTime(version.activatedAt)}</time>
        ) : (
          <span className="text-muted">{t.notActivated}</span>
        ),
    },
    { header: t.columns.diagnostics, className: "text-right tabular-nums", cell: (version) => numberFormat.format(version.diagnosticCount) },
    {
      header: t.columns.actions,
      cell: (version) => (
        <div className="flex flex-wrap items-start gap-3">
          <Link href={paths.adminQuestionnairePreview(version.id)} aria-label={t.previewOf(version.version)} className="py-1.5">
            {t.previewLink}
          </Link>
          <TemplateActionButton
            action={createTemplateVersionAction}
            formId="questionnaire.new-version"
            templateId={version.id}
            label={t.newVersion}
            srLabel={t.newVersionOf(version.version)}
            small
          />
        </div>
      ),
    },
  ];
  return <DataTable id={`${headingId}-legende`} caption={t.caption(group.key)} columns={columns} rows={group.versions} rowKey={(version) => version.id} />;
}
