import type { Metadata } from "next";
import { ContentListPage } from "@/components/admin/content/content-list-page";
import { OrganisationsTable } from "@/components/admin/content/content-tables";
import { ActorKind } from "@/generated/prisma/enums";
import { requireRole } from "@/lib/auth/session";
import { listOrganisationsForStaff } from "@/lib/content-admin/content-admin.queries";
import { listQuery, parseOrganisationListParams } from "@/lib/content-admin/content-admin.schemas";
import { loadContentListPage } from "@/lib/content-admin/content-list-page.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { actorKindLabels } from "@/lib/copy/directory-lists";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = adminContentCopy.organisations;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrganisationsPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { params, assignment, result, territories, assignees } = await loadContentListPage(
    principal,
    "Actor",
    await searchParams,
    parseOrganisationListParams,
    listOrganisationsForStaff,
  );
  const kinds = Object.values(ActorKind).map((kind) => ({ value: kind, label: actorKindLabels[kind] }));

  return (
    <ContentListPage
      copy={t}
      filters={{ action: paths.adminOrganisations(), params, kindLabel: t.kind, anyKind: t.anyKind, kinds, territories }}
      viewerId={viewer.id}
      assignment={{ value: assignment.filter, colleagues: assignment.colleagues, param: assignment.param }}
      kind="actor"
      entity="Actor"
      pageInfo={result.pageInfo}
      pageHref={(n) => paths.adminOrganisations({ ...listQuery(params, n), attribue: assignment.param })}
      table={result.items.length > 0 ? <OrganisationsTable rows={result.items} assignees={assignees} /> : null}
    />
  );
}
