"use client";
import Link from "next/link";
import { useVisitor } from "@/components/layout/visitor-context";
import { actorContactLabels } from "@/lib/copy/directory-forms";
import { paths } from "@/lib/paths";
import { ActorContactForm } from "./actor-contact-form";

const t = actorContactLabels;

/**
 * The contact section of a public profile: the form for signed-in users, a way in for others.
 * The profile page is cached for everyone, hence the visitor known on the client.
 */
export function ActorContact({ actorSlug, actorName }: { actorSlug: string; actorName: string }) {
  const { visitor } = useVisitor();
  const signIn = (
    <p>
      <Link href={paths.signIn({ callbackUrl: paths.actor(actorSlug) })}>{t.signIn}</Link> {t.signInSuffix}
    </p>
  );
  return (
    <section aria-labelledby="contacter" className="mt-12 border-t border-line pt-8">
      <h2 id="contacter" className="mb-2 text-2xl font-bold">
        {t.title(actorName)}
      </h2>
      <p className="mb-6 max-w-3xl text-muted">{t.intro}</p>
      {visitor === null ? (
        // Without JavaScript the visitor is never known: the form is offered to all, and an
        // anonymous visitor who sends it is asked to sign in by the action.
        <noscript>
          {signIn}
          <ActorContactForm actorSlug={actorSlug} />
        </noscript>
      ) : visitor.signedIn ? (
        <ActorContactForm actorSlug={actorSlug} />
      ) : (
        signIn
      )}
    </section>
  );
}
