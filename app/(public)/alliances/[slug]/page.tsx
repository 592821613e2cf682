import type { Metadata } from "next";
import { FollowTargetButton } from "@/components/follows/follow-button";
import { notFound } from "next/navigation";
import { AllianceDetails, AllianceHeader } from "@/components/alliances/alliance-detail";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { summarise } from "@/lib/actors/actors.queries";
import { getPublicAlliance } from "@/lib/alliances/public-page.queries";
import { parseSlug } from "@/lib/directory/directory";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

// Cached for every visitor (lib/cache/public-pages.ts): rendered on first visit, then again at
// most once a minute, or at once after a change made through the app.
export const revalidate = 60;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

/** The published alliance named by the URL, or the 404 page. Cached per request. */
async function loadAlliance(params: Props["params"]) {
  const slug = parseSlug((await params).slug);
  const alliance = slug ? await getPublicAlliance(slug) : null;
  if (!alliance) notFound();
  return alliance;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const alliance = await loadAlliance(params);
  const description =
    summarise(alliance.summary || alliance.description, 160) ||
    labels.directories.alliance.metaDescription(alliance.title, labels.allianceModes[alliance.mode].label);
  return pageMetadata({ title: alliance.title, description, path: paths.alliance(alliance.slug), type: "article" });
}

export default async function AlliancePage({ params }: Props) {
  const alliance = await loadAlliance(params);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.directories.alliances.title, href: paths.alliances() },
        ]}
        current={alliance.title}
      />
      <AllianceHeader alliance={alliance} />
      <FollowTargetButton target="alliance" id={alliance.slug} />
      <AllianceDetails alliance={alliance} />
    </>
  );
}
