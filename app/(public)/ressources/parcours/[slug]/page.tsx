import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LearningPathSteps } from "@/components/kits/learning-path-steps";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { getPrincipal } from "@/lib/auth/session";
import { kitsLabels } from "@/lib/copy/kits";
import { parseSlug } from "@/lib/directory/directory";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";
import { getLearningPath } from "@/lib/kits/learning-paths.queries";
import { paths } from "@/lib/paths";

// Per visitor: their progress along the path.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function loadPath(params: Props["params"]) {
  const slug = parseSlug((await params).slug);
  const path = slug ? await getLearningPath(slug, await getPrincipal()) : null;
  if (!path) notFound();
  return path;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const path = await loadPath(params);
  return pageMetadata({ title: path.title, description: path.description, path: paths.learningPath(path.slug) });
}

export default async function LearningPathPage({ params }: Props) {
  const path = await loadPath(params);
  const signedIn = (await getPrincipal()) !== null;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: kitsLabels.list.title, href: paths.resources() },
        ]}
        current={path.title}
      />
      <PageHeader title={path.title}>{path.description ? <p>{path.description}</p> : null}</PageHeader>
      <LearningPathSteps path={path} signedIn={signedIn} />
    </>
  );
}
