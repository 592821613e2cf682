// A signed-in user marks a step of a learning path done or not done; only their own progress is
// ever written.
import "server-only";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { kitsLabels } from "@/lib/copy/kits";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** Returns the slug of the step's path, for the page to refresh. */
export async function setStepDone(principal: Principal, stepId: string, done: boolean): Promise<{ pathSlug: string }> {
  // Following a path is part of the co-construction of kits open to every signed-in user.
  assertCan(principal, "kit.rate");
  if (!principal) throw new ForbiddenError();
  const step = await db.learningPathStep.findUnique({ where: { id: stepId }, select: { id: true, path: { select: { slug: true } } } });
  if (!step) throw new NotFoundError(kitsLabels.paths.stepNotFound);
  if (done) {
    await db.learningPathProgress.upsert({ where: { userId_stepId: { userId: principal.id, stepId } }, create: { userId: principal.id, stepId }, update: {} });
  } else {
    await db.learningPathProgress.deleteMany({ where: { userId: principal.id, stepId } });
  }
  return { pathSlug: step.path.slug };
}
