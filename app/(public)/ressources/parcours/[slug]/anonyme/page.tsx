// Route: /ressources/parcours/<slug> without a session (rewritten by proxy.ts from /ressources/parcours/<slug>)
import { LearningPathPage, learningPathMetadata, type LearningPathRouteProps } from "@/components/kits/learning-path-page";

// A learning path as every visitor without a session sees it (no progress), served at
// /ressources/parcours/<slug> by the proxy and cached like the other public pages.
export const revalidate = 60;
export const generateStaticParams = () => [];

export const generateMetadata = learningPathMetadata;

export default function AnonymousLearningPathPage({ params }: LearningPathRouteProps) {
  return <LearningPathPage params={params} principal={null} />;
}
