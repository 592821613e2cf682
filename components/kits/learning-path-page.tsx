import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LearningPathSteps } from "@/components/kits/learning-path-steps";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import type { Principal } from "@/lib/auth/permissions";
import { kitsLabels } from "@/lib/copy/kits";
import { parseSlug } from "@/lib/directory/directory";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";
import { getLearningPath } from "@/lib/kits/learning-paths.queries";
import { paths } from "@/lib/paths";

/** The params of both learning path routes: a signed-in user's, and the cached one of anonymous visitors. */
export type LearningPathRouteProps = { params: Promise<{ slug: string }> };

async function loadPath(params: LearningPathRouteProps["params"], principal: Principal) {
  const slug = parseSlug((await params).slug);
  const path = slug ? await getLearningPath(slug, principal) : null;
  if (!path) notFound();
  return path;
}

/** The path's title and description; the same for every visitor, so read without a principal. */
export async function learningPathMetadata({ params }: LearningPathRouteProps): Promise<Metadata> {
  const path = await loadPath(params, null);
  return pageMetadata({ title: path.title, description: path.description, path: paths.learningPath(path.slug) });
}

/** A learning path, with the progress of a signed-in user (principal) along it. */
export async function LearningPathPage({ params, principal }: LearningPathRouteProps & { principal: Principal }) {
  const path = await loadPath(params, principal);
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
      <LearningPathSteps path={path} signedIn={principal !== null} />
    </>
  );
}
