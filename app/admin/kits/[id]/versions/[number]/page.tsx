import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionFields } from "@/components/kits/admin/version-values";
import { KitsBreadcrumbs } from "@/components/kits/admin/kits-breadcrumbs";
import { KitBody } from "@/components/kits/kit-body";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/text/dates";
import { requireRole } from "@/lib/auth/session";
import { kitsLabels } from "@/lib/copy/kits";
import { labels } from "@/lib/labels";
import { getKitTitle, getKitVersion } from "@/lib/kits/kits.admin.queries";
import { parseVersionNumber } from "@/lib/kits/kits.admin.schemas";
import { paths } from "@/lib/paths";

const t = kitsLabels.admin.versions;

type Props = { params: Promise<{ id: string; number: string }> };

async function load(params: Props["params"]) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { id, number: raw } = await params;
  const number = parseVersionNumber(raw);
  const valid = /^[A-Za-z0-9_-]{1,64}$/.test(id) && number !== null;
  const [title, version] = valid ? await Promise.all([getKitTitle(principal, id), getKitVersion(principal, id, number)]) : [null, null];
  if (!title || !version) notFound();
  return { kit: { id, title }, version };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { version } = await load(params);
  return { title: `${heading(version)} — ${labels.admin.section}` };
}

const heading = (version: { number: number; title: string; publishedAt: Date | null }) =>
  version.publishedAt ? t.versionTitle(version.number, version.title) : t.draftTitle(version.number, version.title);

export default async function KitVersionPage({ params }: Props) {
  const { kit, version } = await load(params);
  const author = version.author ? (version.author.name ?? version.author.email) : t.unknownAuthor;
  return (
    <>
      <KitsBreadcrumbs kit={kit} current={heading(version)} />
      <PageHeader title={heading(version)}>
        <p>{version.publishedAt ? t.versionMeta(formatDateTime(version.publishedAt), author) : t.draftMeta(formatDateTime(version.updatedAt), author)}</p>
        {version.note ? <p className="mt-2">{version.note}</p> : null}
      </PageHeader>
      <VersionFields version={version} />
      <KitBody markdown={version.body} emptyText={kitsLabels.admin.form.previewEmpty} />
      <p className="mt-8">
        <Link href={paths.adminKitVersions(kit.id)}>{t.back}</Link>
      </p>
    </>
  );
}
