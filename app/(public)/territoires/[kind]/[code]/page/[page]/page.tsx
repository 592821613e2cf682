import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { TerritoryPage, territoryMetadata } from "@/components/territories/territory-page";
import { paths } from "@/lib/paths";
import { parsePathPageNumber } from "@/lib/territories/page-url";
import { parseTerritoryRouteParams } from "@/lib/territories/territories.schemas";

export const revalidate = 60;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ kind: string; code: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return territoryMetadata(params, parsePathPageNumber((await params).page) ?? 1);
}

/** Page 2 onwards of a territory's members; page 1 lives at the territory's own address. */
export default async function Page({ params }: Props) {
  const { kind, code, page: raw } = await params;
  const page = parsePathPageNumber(raw);
  const route = parseTerritoryRouteParams({ kind, code });
  if (page === null || !route) notFound();
  if (page === 1) permanentRedirect(paths.territory(route.kind, route.code));
  return <TerritoryPage params={params} page={page} />;
}
