import type { Metadata } from "next";
import Link from "next/link";
import { SdgCardGrid } from "@/components/sdg/sdg-card-grid";
import { PageHeader } from "@/components/ui/page-header";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { listSdgs } from "@/lib/sdg/sdg.queries";

// Read at request time: building needs no database.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const text = labels.directories.sdgPages;
  return pageMetadata({ title: text.title, description: text.intro, path: paths.sdgs() });
}

export default async function SdgsPage() {
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
