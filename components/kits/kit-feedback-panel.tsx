"use client";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { useVisitor } from "@/components/layout/visitor-context";
import { kitFeedbackLabels as t } from "@/lib/copy/kits-feedback";
import { parseMyKitFeedback, type MyKitFeedbackJson } from "@/lib/kits/my-feedback";
import { paths } from "@/lib/paths";
import { KitContributionForm, KitRatingForm } from "./kit-feedback-forms";

/** The reader's own rating and messages, read again after each of their submissions; null until known. */
function useMyFeedback(kitId: string, signedIn: boolean): { mine: MyKitFeedbackJson | null; reload: () => void } {
  const [mine, setMine] = useState<MyKitFeedbackJson | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    fetch(paths.myKitFeedback(kitId), { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((json) => setMine(parseMyKitFeedback(json)))
      .catch(() => {});
    return () => controller.abort();
  }, [kitId, signedIn, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { mine: signedIn ? mine : null, reload };
}

/**
 * Co-construction: the forms for signed-in readers (with their own messages), a sign-in link for
 * others. The kit page is cached for every visitor, hence all of it known on the client.
 */
export function KitFeedback({ kitId, kitSlug }: { kitId: string; kitSlug: string }) {
  const { visitor } = useVisitor();
  const signedIn = visitor?.signedIn === true;
  const { mine, reload } = useMyFeedback(kitId, signedIn);
  const signIn = (
    <p className="mt-4">
      <Link href={paths.signIn({ callbackUrl: paths.kit(kitSlug) })}>{t.signIn}</Link>
    </p>
  );
  return (
    <section aria-labelledby="contribuer" className="mt-12">
      <h2 id="contribuer" className="text-2xl font-bold">
        {t.heading}
      </h2>
      <p className="mt-2 max-w-3xl">{t.intro}</p>
      {visitor === null ? (
        // Without JavaScript the visitor is never known: the forms are offered to all, and an
        // anonymous visitor who sends one is asked to sign in by the action.
        <noscript>
          {signIn}
          <div className="mt-6 grid grid-cols-1 gap-10 lg:grid-cols-2">
            <KitRatingForm kitId={kitId} current={null} />
            <KitContributionForm kitId={kitId} />
          </div>
        </noscript>
      ) : !signedIn ? (
        signIn
      ) : null}
      {mine ? (
        <div className="mt-6 grid grid-cols-1 gap-10 lg:grid-cols-2">
          <KitRatingForm kitId={kitId} current={mine.rating} onSaved={reload} />
          <KitContributionForm kitId={kitId} onSaved={reload} />
        </div>
      ) : null}
      {mine && mine.contributions.length > 0 ? (
        <div className="mt-8">
          <h3 className="text-xl font-bold">{t.yoursHeading}</h3>
          <ul className="mt-3 space-y-4">
            {mine.contributions.map((item) => (
              <li key={item.id} className="rounded-lg border border-line p-4">
                <p className="text-sm text-muted">
                  {t.contributionKindNames[item.kind]} · <time dateTime={item.createdAt}>{t.sentOn(new Date(item.createdAt))}</time>
                </p>
                <p className="mt-1 whitespace-pre-line">{item.comment}</p>
                {item.staffAnswer ? (
                  <div className="mt-3 border-l-4 border-odd17 pl-3">
                    <p className="font-semibold">{t.answer}</p>
                    <p className="whitespace-pre-line">{item.staffAnswer}</p>
                  </div>
                ) : (
                  <p className="mt-2 text-sm text-muted">{t.noAnswer}</p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
