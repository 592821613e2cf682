import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SdgTargets } from "@/components/sdg/sdg-targets";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { actorSearchHref } from "@/lib/actors/actors.schemas";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { readableTextColour } from "@/lib/sdg/sdg";
import { getSdg } from "@/lib/sdg/sdg.queries";

// Cached for every visitor (lib/cache/public-pages.ts): rendered on first visit, then again at
// most once a minute, or at once after a change made through the app.
export const revalidate = 60;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ number: string }> };

/** "17" names goal 17; "017", "17.0" or "dix-sept" name nothing (404), so each goal has one URL. */
async function loadSdg(params: Props["params"]) {
  const raw = (await params).number;
  const number = /^(?:[1-9]|1[0-7])$/.test(raw) ? Number(raw) : null;
  const sdg = number ? await getSdg(number) : null;
  if (!sdg) notFound();
  return sdg;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sdg = await loadSdg(params);
  const text = labels.directories.sdgPages;
  return pageMetadata({
    title: text.goalTitle(sdg.number, sdg.shortName),
    description: text.metaDescription(sdg.number, sdg.title),
    path: paths.sdg(sdg.number),
  });
}

export default async function SdgPage({ params }: Props) {
  const sdg = await loadSdg(params);
  const text = labels.directories.sdgPages;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: text.breadcrumb, href: paths.sdgs() },
        ]}
        current={labels.directories.sdg.label(sdg.number)}
      />
      <div className="mb-10 max-w-3xl">
        <p style={{ backgroundColor: sdg.colour, color: readableTextColour(sdg.colour) }} className="inline-block rounded-md px-3 py-1 text-lg font-bold">
          {labels.directories.sdg.label(sdg.number)}
        </p>
        <h1 className="mt-3 text-3xl font-bold sm:text-4xl">{sdg.shortName}</h1>
        <p className="mt-3 text-lg text-muted">{sdg.title}</p>
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={actorSearchHref({ sdgs: [sdg.number] })}>{text.seeActors(sdg.number)}</Link>
          <Link href={paths.sdgs()}>{text.otherGoals}</Link>
        </p>
      </div>
      {sdg.targets.length > 0 ? (
        <>
          <p className="mb-6 max-w-3xl">{sdg.number === 17 ? text.targetsIntro : null}</p>
          <SdgTargets targets={sdg.targets} />
        </>
      ) : null}
    </>
  );
}
