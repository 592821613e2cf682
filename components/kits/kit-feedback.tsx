import Link from "next/link";
import { kitsLabels } from "@/lib/copy/kits";
import type { MyKitFeedback, RatingSummary } from "@/lib/kits/kit-page.queries";
import { paths } from "@/lib/paths";
import { KitContributionForm, KitRatingForm } from "./kit-feedback-forms";

/** The average usefulness: the number is written out, the stars are decoration. */
export function KitRating({ rating }: { rating: RatingSummary }) {
  const t = kitsLabels.detail;
  const rounded = Math.round(rating.average ?? 0);
  return (
    <section aria-labelledby="utilite" className="mt-12">
      <h2 id="utilite" className="text-2xl font-bold">
        {t.ratingHeading}
      </h2>
      {rating.average !== null ? (
        <p className="mt-3 flex flex-wrap items-baseline gap-x-3">
          <span aria-hidden="true" className="text-2xl tracking-widest text-odd17">
            {"★".repeat(rounded)}
            {"☆".repeat(5 - rounded)}
          </span>
          <span className="text-xl font-bold">{t.ratingAverage(rating.average)}</span>
          <span className="text-muted">{t.ratingCount(rating.count)}</span>
        </p>
      ) : (
        <p className="mt-3 text-muted">{t.ratingCount(0)}</p>
      )}
    </section>
  );
}

/** Co-construction: the forms for signed-in readers (with their own messages), a sign-in link for others. */
export function KitFeedback({ kitId, kitSlug, signedIn, mine }: { kitId: string; kitSlug: string; signedIn: boolean; mine: MyKitFeedback }) {
  const t = kitsLabels.feedback;
  return (
    <section aria-labelledby="contribuer" className="mt-12">
      <h2 id="contribuer" className="text-2xl font-bold">
        {t.heading}
      </h2>
      <p className="mt-2 max-w-3xl">{t.intro}</p>
      {!signedIn ? (
        <p className="mt-4">
          <Link href={paths.signIn({ callbackUrl: paths.kit(kitSlug) })}>{t.signIn}</Link>
        </p>
      ) : (
        <div className="mt-6 grid grid-cols-1 gap-10 lg:grid-cols-2">
          <KitRatingForm kitId={kitId} current={mine.rating} />
          <KitContributionForm kitId={kitId} />
        </div>
      )}
      {mine.contributions.length > 0 ? (
        <div className="mt-8">
          <h3 className="text-xl font-bold">{t.yoursHeading}</h3>
          <ul className="mt-3 space-y-4">
            {mine.contributions.map((item) => (
              <li key={item.id} className="rounded-lg border border-line p-4">
                <p className="text-sm text-muted">
                  {kitsLabels.feedbackKinds[item.kind]} · <time dateTime={item.createdAt.toISOString()}>{t.sentOn(item.createdAt)}</time>
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
