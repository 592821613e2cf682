import type { Metadata } from "next";
import { TerritoryPage, territoryMetadata, type TerritoryRouteProps } from "@/components/territories/territory-page";

// Cached for every visitor (lib/cache/public-pages.ts): rendered on first visit, then again at
// most once a minute, or at once after a change made through the app.
export const revalidate = 60;
export const generateStaticParams = () => [];

export function generateMetadata({ params }: TerritoryRouteProps): Promise<Metadata> {
  return territoryMetadata(params);
}

export default function Page({ params }: TerritoryRouteProps) {
  return <TerritoryPage params={params} page={1} />;
}
