// Route: /ressources/<slug> without a session (rewritten by proxy.ts from /ressources/<slug>)
import { KitPage, kitMetadata, type KitRouteProps } from "@/components/kits/kit-page";

// A kit page as every visitor without a session sees it, served at /ressources/<slug> by the
// proxy and cached like the other public pages: it reads no session, so it holds no reader's data.
export const revalidate = 60;
export const generateStaticParams = () => [];

export const generateMetadata = kitMetadata;

export default function AnonymousKitPage({ params }: KitRouteProps) {
  return <KitPage params={params} principal={null} />;
}
