import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DoneNotice } from "@/components/ui/done-notice";
import { AttachmentList } from "@/components/kits/admin/attachment-list";
import { KitForm } from "@/components/kits/admin/kit-form";
import { KitsBreadcrumbs } from "@/components/kits/admin/kits-breadcrumbs";
import { PublicationPanel } from "@/components/kits/admin/publication-panel";
import { AssignmentPanel } from "@/components/admin/assignments/assignment-panel";
import { ContentItemHistory } from "@/components/admin/content/content-item";
import { listAuditLog } from "@/lib/admin/audit-log.queries";
import { PageHeader } from "@/components/ui/page-header";
import { getAssignment, listColleagues } from "@/lib/assignments/assignments.queries";
import { requireRole } from "@/lib/auth/session";
import { kitsLabels } from "@/lib/copy/kits";
import { labels } from "@/lib/labels";
import { stateFromAddress } from "@/lib/kits/attachment-upload";
import { parseKitDone } from "@/lib/kits/kit-form.schemas";
import { getKitForEdit } from "@/lib/kits/kits.admin.queries";
import { listKitTargets } from "@/lib/kits/kits.queries";

const t = kitsLabels.admin.form;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadKit(params: Props["params"]) {
  const viewer = await requireRole("STAFF");
  const { id } = await params;
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const kit = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getKitForEdit(principal, id) : null;
  if (!kit) notFound();
  return Object.assign(kit, { principal });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kit = await loadKit(params);
  return { title: `${t.editTitle(kit.title)} — ${labels.admin.section}` };
}

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function EditKitPage({ params, searchParams }: Props) {
  const kit = await loadKit(params);
  const [targets, assignment, colleagues, history] = await Promise.all([
    listKitTargets(),
    getAssignment(kit.principal, "Kit", kit.id),
    listColleagues(kit.principal),
    listAuditLog(kit.principal, { filters: { entity: "Kit", entityId: kit.id } }),
  ]);
  // Where an upload sent without JavaScript comes back to (lib/kits/attachments.upload.ts).
  const query = await searchParams;
  const uploadState = stateFromAddress(single(query.document), single(query.piece), kit.attachments);
  // Where a creation lands (?fait=cree or publie): the page says so, in focus.
  const done = parseKitDone(query.fait);
  return (
    <>
      <KitsBreadcrumbs current={kit.title} />
      <PageHeader title={t.editTitle(kit.title)} />
      {done ? <DoneNotice message={done === "published" ? t.createdPublished : t.created} clear="fait" /> : null}
      <PublicationPanel kit={kit} />
      <KitForm kit={kit} targets={targets} />
      <AttachmentList kit={kit} uploadState={uploadState} />
      <AssignmentPanel entity="Kit" id={kit.id} title={kit.title} assignment={assignment} colleagues={colleagues} />
      <ContentItemHistory entries={history.items} />
    </>
  );
}
