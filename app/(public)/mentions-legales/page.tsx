import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { labels } from "@/lib/labels";

// Rendered per request, not at build time: the build knows neither APP_URL (canonical address)
// nor SEED_DEMO (the demonstration banner of the root layout).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: labels.legal.title };

export default function LegalNoticePage() {
  return (
    <article className="max-w-3xl">
      <PageHeader title={labels.legal.heading} />
      {labels.legal.sections.map((section) => (
        <section key={section.heading} className="mt-8">
          <h2 className="text-2xl font-bold">{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph} className="mt-3">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
