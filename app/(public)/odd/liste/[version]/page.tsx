// Route: /odd (rewritten by proxy.ts from /odd to /odd/liste/actuel, lib/cache/cached-routes.ts)
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SdgCardGrid } from "@/components/sdg/sdg-card-grid";
import { PageHeader } from "@/components/ui/page-header";
import { CACHED_VERSION } from "@/lib/cache/cached-routes";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { listSdgs } from "@/lib/sdg/sdg.queries";

// Served at /odd by the proxy and cached like the other public pages (lib/cache/cached-routes.ts).
export const revalidate = 60;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ version: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const text = labels.directories.sdgPages;
  return pageMetadata({ title: text.title, description: text.intro, path: paths.sdgs() });
}

export default async function SdgsPage({ params }: Props) {
  if ((await params).version !== CACHED_VERSION) notFound();
  const sdgs = await listSdgs();
  const text = labels.directories.sdgPages;
  return (
    <>
      <PageHeader title={text.heading}>
        <p>{text.intro}</p>
        <p className="mt-2">
          <Link href={paths.sdg(17)}>{text.sdg17Link}</Link>
        </p>
      </PageHeader>
      <SdgCardGrid sdgs={sdgs} />
    </>
  );
}
