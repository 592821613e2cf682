import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KitAbout } from "@/components/kits/kit-about";
import { KitBody } from "@/components/kits/kit-body";
import { KitFeedback, KitRating } from "@/components/kits/kit-feedback";
import { KitHeader } from "@/components/kits/kit-header";
import { KitHistory } from "@/components/kits/kit-history";
import { KitResources } from "@/components/kits/kit-resources";
import { RelatedKits } from "@/components/kits/related-kits";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { Principal } from "@/lib/auth/permissions";
import { kitsLabels } from "@/lib/copy/kits";
import { parseSlug } from "@/lib/directory/directory";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";
import { getKitRating, getMyKitFeedback, getPublishedKit, listRelatedKits } from "@/lib/kits/kit-page.queries";
import { paths } from "@/lib/paths";

/** The params of both kit routes: the page of a reader, and the cached one of anonymous visitors. */
export type KitRouteProps = { params: Promise<{ slug: string }> };

/** Drafts, archived kits and unknown slugs are all "not found" for the public. */
async function loadKit(params: KitRouteProps["params"]) {
  const slug = parseSlug((await params).slug);
  const kit = slug ? await getPublishedKit(slug) : null;
  if (!kit) notFound();
  return kit;
}

export async function kitMetadata({ params }: KitRouteProps): Promise<Metadata> {
  const kit = await loadKit(params);
  const description = kit.summary || kitsLabels.detail.metaDescription(kit.title, kitsLabels.categories[kit.category].label);
  return pageMetadata({ title: kit.title, description, path: paths.kit(kit.slug), type: "article" });
}

/** A published kit, with its rating and, for a signed-in reader (principal), what they said of it. */
export async function KitPage({ params, principal }: KitRouteProps & { principal: Principal }) {
  const kit = await loadKit(params);
  const [related, rating, mine] = await Promise.all([listRelatedKits(kit), getKitRating(kit.id), getMyKitFeedback(principal, kit.id)]);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: kitsLabels.list.title, href: paths.resources() },
        ]}
        current={kit.title}
      />
      <KitHeader kit={kit} />
      <div className="grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          <KitBody markdown={kit.body} />
          <KitResources attachments={kit.attachments} links={kit.links} />
        </div>
        <KitAbout kit={kit} />
      </div>
      <KitRating rating={rating} />
      <KitFeedback kitId={kit.id} kitSlug={kit.slug} signedIn={principal !== null} mine={mine} />
      <KitHistory versions={kit.versions} />
      <RelatedKits items={related} />
    </>
  );
}
