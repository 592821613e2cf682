// Route: /donnees (rewritten by proxy.ts from /donnees to /donnees/actuel, lib/cache/cached-routes.ts)
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { CACHED_VERSION } from "@/lib/cache/cached-routes";
import { openDataLabels } from "@/lib/copy/open-data";
import { pageMetadata } from "@/lib/directory/seo";
import { getDatasetFigures } from "@/lib/open-data/catalogue.queries";
import { DATASET_KEYS, DATASETS, LICENCE } from "@/lib/open-data/datasets";
import { paths } from "@/lib/paths";

const t = openDataLabels.datasets;

type DatasetKey = (typeof DATASET_KEYS)[number];

function datasetColumns(figures: Awaited<ReturnType<typeof getDatasetFigures>>): DataColumn<DatasetKey>[] {
  return [
    { header: t.columns.dataset, rowHeader: true, cell: (key) => DATASETS[key].title },
    { header: t.columns.description, cell: (key) => DATASETS[key].description },
    { header: t.columns.count, cell: (key) => t.count(figures[key].count) },
    { header: t.columns.updated, cell: (key) => t.updated(figures[key].updatedAt) },
    {
      header: t.columns.formats,
      cell: (key) => (
        <span className="flex gap-3">
          <a href={paths.apiCollection(key)} aria-label={t.json(DATASETS[key].title)}>
            {t.jsonShort}
          </a>
          <a href={paths.apiCollection(key, { format: "csv" })} aria-label={t.csv(DATASETS[key].title)}>
            {t.csvShort}
          </a>
        </span>
      ),
    },
  ];
}

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({ title: t.title, description: t.intro, path: paths.openData() });
}

// Served at /donnees by the proxy and cached like the other public pages (lib/cache/cached-routes.ts):
// the counts and update times are at most a minute old, or refreshed at once by a change made
// through the app. Counting 100,000 actors at each request held this page to 20 req/s.
export const revalidate = 60;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ version: string }> };

export default async function OpenDataPage({ params }: Props) {
  if ((await params).version !== CACHED_VERSION) notFound();
  const figures = await getDatasetFigures();
  return (
    <article className="max-w-5xl">
      <PageHeader title={t.heading}>
        <p>{t.intro}</p>
        <p className="mt-2">
          <Link href={paths.apiDocs()}>{t.apiLink}</Link>
        </p>
      </PageHeader>
      <DataTable id="jeux-de-donnees" caption={t.tableCaption} columns={datasetColumns(figures)} rows={DATASET_KEYS} rowKey={(key) => key} className="mt-3" />
      <p className="mt-3 text-muted">{t.csvNote}</p>
      <section aria-labelledby="licence-titre" className="mt-8 max-w-3xl">
        <h2 id="licence-titre" className="text-2xl font-bold">
          {t.licenceHeading}
        </h2>
        <p className="mt-3">{t.licence}</p>
        <p className="mt-2">
          <a href={LICENCE.url}>{t.licenceLink}</a>
        </p>
      </section>
      <section aria-labelledby="non-publie-titre" className="mt-8 max-w-3xl">
        <h2 id="non-publie-titre" className="text-2xl font-bold">
          {t.privacyHeading}
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {t.privacy.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
