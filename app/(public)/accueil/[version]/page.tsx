// Route: / (rewritten by proxy.ts from / to /accueil/actuel, lib/cache/cached-routes.ts)
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AllianceModes } from "@/components/home/alliance-modes";
import { HomeEntries } from "@/components/home/home-entries";
import { HomeFigures } from "@/components/home/home-figures";
import { ButtonLink } from "@/components/ui/button";
import { CACHED_VERSION } from "@/lib/cache/cached-routes";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { getHomeFigures } from "@/lib/territories/territories.queries";

// The home page, served at / by the proxy (lib/cache/cached-routes.ts) and cached like the other
// public pages: rendered on first visit (a route with a parameter, so building needs no
// database), then at most once a minute, or at once after a change made through the app.
export const revalidate = 60;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ version: string }> };

export const metadata: Metadata = {
  title: { absolute: `${labels.site.name} — ${labels.site.tagline}` },
  alternates: { canonical: paths.home() },
};

export default async function HomePage({ params }: Props) {
  if ((await params).version !== CACHED_VERSION) notFound();
  const figures = await getHomeFigures();
  const home = labels.home;
  return (
    <>
      <section className="rounded-2xl bg-odd17-light px-5 py-10 sm:px-10 sm:py-14">
        <h1 className="max-w-3xl text-3xl font-bold sm:text-5xl">{home.heading}</h1>
        <p className="mt-5 max-w-3xl text-lg">{home.intro}</p>
        <div className="mt-8">
          <ButtonLink href={paths.territories()}>{home.primaryAction}</ButtonLink>
        </div>
      </section>

      <section aria-labelledby="chiffres" className="mt-14">
        <h2 id="chiffres" className="mb-5 text-2xl font-bold">
          {home.figuresHeading}
        </h2>
        <HomeFigures figures={figures} />
      </section>

      <section aria-labelledby="odd17" className="mt-14 max-w-3xl">
        <h2 id="odd17" className="text-2xl font-bold">
          {home.sdgHeading}
        </h2>
        <p className="mt-3 text-lg">{home.sdgText}</p>
      </section>

      <section aria-labelledby="modes" className="mt-14">
        <h2 id="modes" className="text-2xl font-bold">
          {home.rameauHeading}
        </h2>
        <p className="mt-3 mb-6 max-w-3xl text-lg">{home.rameauText}</p>
        <AllianceModes />
      </section>

      <section aria-labelledby="commencer" className="mt-14">
        <h2 id="commencer" className="mb-5 text-2xl font-bold">
          {home.entriesHeading}
        </h2>
        <HomeEntries />
      </section>
    </>
  );
}
