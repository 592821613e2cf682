import type { Metadata } from "next";
import { ContentListPage } from "@/components/admin/content/content-list-page";
import { AlliancesTable } from "@/components/admin/content/content-tables";
import { AllianceMode } from "@/generated/prisma/enums";
import { requireRole } from "@/lib/auth/session";
import { listAlliancesForStaff } from "@/lib/content-admin/content-admin.queries";
import { listQuery, parseAllianceListParams } from "@/lib/content-admin/content-admin.schemas";
import { loadContentListPage } from "@/lib/content-admin/content-list-page.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { allianceModeNames } from "@/lib/copy/directory-lists";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = adminContentCopy.alliances;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminAlliancesPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { params, assignment, result, territories, assignees } = await loadContentListPage(
    principal,
    "Alliance",
    await searchParams,
    parseAllianceListParams,
    listAlliancesForStaff,
  );
  const kinds = Object.values(AllianceMode).map((mode) => ({ value: mode, label: allianceModeNames[mode] }));

  return (
    <ContentListPage
      copy={t}
      filters={{ action: paths.adminAlliances(), params, kindLabel: t.kind, anyKind: t.anyKind, kinds, territories }}
      viewerId={viewer.id}
      assignment={{ value: assignment.filter, colleagues: assignment.colleagues, param: assignment.param }}
      kind="alliance"
      entity="Alliance"
      pageInfo={result.pageInfo}
      pageHref={(n) => paths.adminAlliances({ ...listQuery(params, n), attribue: assignment.param })}
      table={result.items.length > 0 ? <AlliancesTable rows={result.items} assignees={assignees} /> : null}
    />
  );
}
