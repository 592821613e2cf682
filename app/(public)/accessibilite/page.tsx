import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { labels } from "@/lib/labels";

// Rendered per request, not at build time: the build knows neither APP_URL (canonical address)
// nor SEED_DEMO (the demonstration banner of the root layout).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: labels.accessibility.title };

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="text-2xl font-bold">{heading}</h2>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}

export default function AccessibilityPage() {
  const a = labels.accessibility;
  return (
    <article className="max-w-3xl">
      <PageHeader title={a.heading}>
        <p>{a.commitment}</p>
      </PageHeader>
      <Section heading={a.statusHeading}>
        <p>{a.status}</p>
      </Section>
      <Section heading={a.testsHeading}>
        <p>{a.tests}</p>
      </Section>
      <Section heading={a.nonAccessibleHeading}>
        <ul className="list-disc space-y-1 pl-5">
          {a.nonAccessible.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Section>
      <Section heading={a.establishedHeading}>
        <p>{a.established}</p>
        <p>{a.technologies}</p>
        <p>{a.environment}</p>
      </Section>
      <Section heading={a.contactHeading}>
        <p>{a.contact}</p>
        <p>
          {a.contactEmailLabel} <a href={`mailto:${labels.site.contactEmail}`}>{labels.site.contactEmail}</a>
        </p>
      </Section>
      <Section heading={a.remediesHeading}>
        <p>{a.remediesIntro}</p>
        <ul className="list-disc space-y-1 pl-5">
          {a.remedies.map((remedy) => (
            <li key={remedy.text}>{remedy.href ? <a href={remedy.href}>{remedy.text}</a> : remedy.text}</li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
