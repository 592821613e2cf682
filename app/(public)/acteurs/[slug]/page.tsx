import type { Metadata } from "next";
import { FollowTargetButton } from "@/components/follows/follow-button";
import { notFound } from "next/navigation";
import { ActorContact } from "@/components/actors/actor-contact";
import { ActorDetails, ActorHeader } from "@/components/actors/actor-profile";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { summarise } from "@/lib/actors/actors.queries";
import { getPublicActor } from "@/lib/actors/public-page.queries";
import { parseSlug } from "@/lib/directory/directory";
import { pageMetadata } from "@/lib/directory/seo";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

// Cached for every visitor (lib/cache/public-pages.ts): rendered on first visit, then again at
// most once a minute, or at once after a change made through the app.
export const revalidate = 60;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

/** The published actor named by the URL, or the 404 page. getPublicActor is cached per request. */
async function loadActor(params: Props["params"]) {
  const slug = parseSlug((await params).slug);
  const actor = slug ? await getPublicActor(slug) : null;
  if (!actor) notFound();
  return actor;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await loadActor(params);
  const description = actor.description
    ? summarise(actor.description, 160)
    : labels.directories.actor.metaDescription(actor.name, labels.organisations.kinds[actor.kind]);
  return pageMetadata({ title: actor.name, description, path: paths.actor(actor.slug), type: "article" });
}

export default async function ActorPage({ params }: Props) {
  const actor = await loadActor(params);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.directories.actors.title, href: paths.actors() },
        ]}
        current={actor.name}
      />
      <ActorHeader actor={actor} />
      <FollowTargetButton target="actor" id={actor.id} />
      <ActorDetails actor={actor} />
      <ActorContact actorSlug={actor.slug} actorName={actor.name} />
    </>
  );
}
