// Learning paths: ordered steps, each pointing to a kit. A step whose kit is not published shows
// its title without a link. The signed-in reader sees which steps they have marked done.
import "server-only";
import { cache } from "react";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export interface LearningPathStepView {
  id: string;
  position: number;
  title: string;
  kit: { slug: string; title: string; summary: string } | null;
  done: boolean;
}

export interface LearningPathView {
  id: string;
  slug: string;
  title: string;
  description: string;
  steps: LearningPathStepView[];
}

export const getLearningPath = cache(async (slug: string, principal: Principal): Promise<LearningPathView | null> => {
  const path = await db.learningPath.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      steps: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          title: true,
          kit: {
            select: {
              slug: true,
              status: true,
              currentVersion: true,
              versions: { where: { publishedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { number: true, title: true, summary: true } },
            },
          },
          progress: principal ? { where: { userId: principal.id }, select: { doneAt: true } } : false,
        },
      },
    },
  });
  if (!path) return null;
  return {
    ...path,
    steps: path.steps.map((step) => {
      const version = step.kit.versions[0];
      const published = step.kit.status === "PUBLISHED" && version && version.number === step.kit.currentVersion;
      return {
        id: step.id,
        position: step.position,
        title: step.title,
        kit: published ? { slug: step.kit.slug, title: version.title, summary: version.summary } : null,
        done: Boolean(step.progress && step.progress.length > 0),
      };
    }),
  };
});

/** Every path, for the resource centre's home. */
export async function listLearningPaths(): Promise<{ slug: string; title: string; description: string; stepCount: number }[]> {
  const paths = await db.learningPath.findMany({
    orderBy: { title: "asc" },
    select: { slug: true, title: true, description: true, _count: { select: { steps: true } } },
  });
  return paths.map(({ _count, ...path }) => ({ ...path, stepCount: _count.steps }));
}
