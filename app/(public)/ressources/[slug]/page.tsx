import { KitPage, kitMetadata, type KitRouteProps } from "@/components/kits/kit-page";
import { getPrincipal } from "@/lib/auth/session";

// A signed-in reader's page, with their own feedback. Visitors without a session get the cached
// page of ./anonyme instead (the proxy's rewrite, lib/cache/cached-routes.ts).
export const dynamic = "force-dynamic";

export const generateMetadata = kitMetadata;

export default async function ReaderKitPage({ params }: KitRouteProps) {
  return <KitPage params={params} principal={await getPrincipal()} />;
}
