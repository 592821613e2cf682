import { LearningPathPage, learningPathMetadata, type LearningPathRouteProps } from "@/components/kits/learning-path-page";
import { getPrincipal } from "@/lib/auth/session";

// A signed-in user's page, with their progress. Visitors without a session get the cached page of
// ./anonyme instead (the proxy's rewrite, lib/cache/cached-routes.ts).
export const dynamic = "force-dynamic";

export const generateMetadata = learningPathMetadata;

export default async function ReaderLearningPathPage({ params }: LearningPathRouteProps) {
  return <LearningPathPage params={params} principal={await getPrincipal()} />;
}
