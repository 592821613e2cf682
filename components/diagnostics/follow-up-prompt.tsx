// "Trois semaines après : ce diagnostic vous a-t-il été utile ?" — shown on the report and the
// list of diagnostics once shouldAskFollowUp says so (lib/diagnostics/follow-up.ts). The answer is
// stored with the stage FOLLOW_UP; "Plus tard" hides the question for this visit only.
import Link from "next/link";
import { diagnosticsCopy, formatFrenchDate } from "@/lib/copy/diagnostics";
import { paths } from "@/lib/paths";
import { FeedbackFields, PostponeFollowUpForm } from "./feedback-form";

const t = diagnosticsCopy.followUp;

export function FollowUpPrompt({
  diagnostic,
  linkToReport = false,
}: {
  diagnostic: { id: string; territory: { name: string }; completedAt: Date | null };
  linkToReport?: boolean;
}) {
  return (
    <section aria-labelledby="avis-suivi" className="mb-10 max-w-3xl rounded-lg border-2 border-odd17 bg-odd17-light p-4 sm:p-6 print:hidden">
      <h2 id="avis-suivi" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      <p className="mb-4">{t.intro(diagnostic.territory.name, diagnostic.completedAt ? formatFrenchDate(diagnostic.completedAt) : "")}</p>
      {linkToReport ? (
        <p className="mb-4">
          <Link href={paths.diagnosticReport(diagnostic.id)}>{t.openReport(diagnostic.territory.name)}</Link>
        </p>
      ) : null}
      <FeedbackFields id={diagnostic.id} stage="FOLLOW_UP" idPrefix="suivi" />
      <PostponeFollowUpForm id={diagnostic.id} />
    </section>
  );
}
