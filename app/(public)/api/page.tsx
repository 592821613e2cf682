import type { Metadata } from "next";
import Link from "next/link";
import { ApiCollection } from "@/components/open-data/api-collection";
import { PageHeader } from "@/components/ui/page-header";
import { openDataLabels } from "@/lib/copy/open-data";
import { pageMetadata } from "@/lib/directory/seo";
import { DATASET_KEYS, DATASETS, datasetPath } from "@/lib/open-data/datasets";
import { buildOpenApiDocument, componentId, itemPathTemplate } from "@/lib/open-data/openapi";
import { DEFAULT_LIMIT, MAX_LIMIT } from "@/lib/open-data/query.schemas";
import { paths } from "@/lib/paths";
import { rateLimitRule } from "@/lib/rate-limit/rate-limit";

// Rendered per request, not at build time: the build knows neither APP_URL (canonical address)
// nor SEED_DEMO (the demonstration banner of the root layout).
export const dynamic = "force-dynamic";

const t = openDataLabels.api;

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({ title: t.title, description: t.intro, path: paths.apiDocs() });
}

// The documentation is read from the OpenAPI document, itself generated from the API's schemas.
export default function ApiDocumentationPage() {
  const document = buildOpenApiDocument();
  const rule = rateLimitRule("api");
  return (
    <article className="max-w-4xl">
      <PageHeader title={t.heading}>
        <p>{t.intro}</p>
        <p className="mt-2">
          <a href={paths.openApiDocument()}>{t.documentLink}</a> · <Link href={paths.openData()}>{t.datasetsLink}</Link>
        </p>
      </PageHeader>
      <section aria-labelledby="principes-titre">
        <h2 id="principes-titre" className="text-2xl font-bold">
          {t.principlesHeading}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {t.principles(rule.limit, rule.windowSeconds, DEFAULT_LIMIT, MAX_LIMIT).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <nav aria-label={t.tocLabel} className="mt-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {DATASET_KEYS.map((key) => (
            <li key={key}>
              <a href={`#${key}-titre`}>{DATASETS[key].title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {DATASET_KEYS.map((key) => {
        const dataset = DATASETS[key];
        return (
          <ApiCollection
            key={key}
            anchor={key}
            title={dataset.title}
            order={dataset.order}
            listPath={datasetPath(key)}
            itemPath={itemPathTemplate(dataset)}
            document={document}
            itemSchemaId={componentId(dataset.detail)}
            examples={{ list: `${datasetPath(key)}${dataset.example.query}`, item: `${datasetPath(key)}${dataset.example.item}` }}
          />
        );
      })}
    </article>
  );
}
