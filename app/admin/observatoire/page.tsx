import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { KeyFigures } from "@/components/observatory/key-figures";
import { ObservatoryCharts } from "@/components/observatory/observatory-charts";
import { ObservatoryFilters } from "@/components/observatory/observatory-filters";
import { ObservatoryMap } from "@/components/observatory/observatory-map";
import { ObservatoryRatings } from "@/components/observatory/observatory-ratings";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { observatoryCopy as t } from "@/lib/copy/admin-observatory";
import { labels } from "@/lib/labels";
import { parseObservatoryParams } from "@/lib/observatory/observatory";
import { getObservatory } from "@/lib/observatory/observatory.queries";

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminObservatoryPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const params = parseObservatoryParams(await searchParams);
  const data = await getObservatory({ id: viewer.id, platformRole: viewer.platformRole }, params);
  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
        <p className="mt-2 font-semibold text-ink">{t.filters.active(data.region?.name ?? null, t.filters.periods[params.period])}</p>
      </PageHeader>
      <ObservatoryFilters params={params} regions={data.regions} />
      <KeyFigures data={data} />
      <ObservatoryMap data={data} />
      <ObservatoryCharts data={data} />
      <ObservatoryRatings data={data} />
    </>
  );
}
