import Link from "next/link";
import { getVisitorUser } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { ActorContactForm } from "./actor-contact-form";

const t = labels.directories.contact;

/** The contact section of a public profile: the form for signed-in users, a way in for others. */
export async function ActorContact({ actorSlug, actorName }: { actorSlug: string; actorName: string }) {
  const user = await getVisitorUser();
  return (
    <section aria-labelledby="contacter" className="mt-12 border-t border-line pt-8">
      <h2 id="contacter" className="mb-2 text-2xl font-bold">
        {t.title(actorName)}
      </h2>
      <p className="mb-6 max-w-3xl text-muted">{t.intro}</p>
      {user ? (
        <ActorContactForm actorSlug={actorSlug} />
      ) : (
        <p>
          <Link href={paths.signIn({ callbackUrl: paths.actor(actorSlug) })}>{t.signIn}</Link> {t.signInSuffix}
        </p>
      )}
    </section>
  );
}
