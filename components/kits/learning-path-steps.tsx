import Link from "next/link";
import { kitsLabels } from "@/lib/copy/kits";
import type { LearningPathView } from "@/lib/kits/learning-paths.queries";
import { paths } from "@/lib/paths";
import { StepToggleForm } from "./step-toggle-form";

/** The steps in order; signed-in readers see their progress and tick steps off. */
export function LearningPathSteps({ path, signedIn }: { path: LearningPathView; signedIn: boolean }) {
  const t = kitsLabels.paths;
  const done = path.steps.filter((step) => step.done).length;
  return (
    <>
      {signedIn ? (
        <div className="mb-6 max-w-xl">
          <p className="font-semibold" id="progression">
            {t.progress(done, path.steps.length)}
          </p>
          <progress aria-labelledby="progression" value={done} max={Math.max(1, path.steps.length)} className="mt-2 h-3 w-full accent-odd17" />
        </div>
      ) : (
        <p className="mb-6">
          <Link href={paths.signIn({ callbackUrl: paths.learningPath(path.slug) })}>{t.signIn}</Link>
        </p>
      )}
      <h2 className="text-2xl font-bold">{t.stepsHeading}</h2>
      <ol className="mt-4 space-y-4">
        {path.steps.map((step) => (
          <li key={step.id} className={`rounded-lg border p-4 ${step.done ? "border-odd17 bg-odd17-light" : "border-line"}`}>
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="text-sm font-semibold text-muted">
                  {t.step(step.position)}
                  {step.done ? <span> · {t.done}</span> : null}
                </p>
                <h3 className="text-lg font-bold">{step.kit ? <Link href={paths.kit(step.kit.slug)}>{step.title}</Link> : step.title}</h3>
                {step.kit ? <p className="mt-1">{step.kit.summary}</p> : <p className="mt-1 text-muted">{t.unavailable}</p>}
              </div>
              {signedIn ? <StepToggleForm stepId={step.id} done={step.done} title={step.title} /> : null}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
