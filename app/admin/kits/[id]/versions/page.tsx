import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KitsBreadcrumbs } from "@/components/kits/admin/kits-breadcrumbs";
import { VersionCompareForm, VersionsTable } from "@/components/kits/admin/versions-table";
import { VersionDiffView } from "@/components/kits/admin/version-diff-view";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { kitsLabels } from "@/lib/copy/kits";
import { labels } from "@/lib/labels";
import { getKitTitle, getKitVersion, listKitVersions } from "@/lib/kits/kits.admin.queries";
import { parseCompareParams } from "@/lib/kits/kits.admin.schemas";

const t = kitsLabels.admin.versions;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { id } = await params;
  const title = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getKitTitle(principal, id) : null;
  if (!title) notFound();
  return { principal, kit: { id, title } };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kit } = await load(params);
  return { title: `${t.title(kit.title)} — ${labels.admin.section}` };
}

export default async function KitVersionsPage({ params, searchParams }: Props) {
  const { principal, kit } = await load(params);
  const compare = parseCompareParams(await searchParams);
  const [versions, from, to] = await Promise.all([
    listKitVersions(principal, kit.id),
    compare ? getKitVersion(principal, kit.id, compare.from) : null,
    compare ? getKitVersion(principal, kit.id, compare.to) : null,
  ]);
  return (
    <>
      <KitsBreadcrumbs kit={kit} current={t.title(kit.title)} />
      <PageHeader title={t.title(kit.title)} />
      {versions.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <>
          <VersionsTable kitId={kit.id} versions={versions} />
          {versions.length > 1 ? <VersionCompareForm kitId={kit.id} numbers={versions.map((v) => v.number)} compare={compare} /> : null}
          {from && to ? <VersionDiffView from={from} to={to} /> : null}
        </>
      )}
    </>
  );
}
