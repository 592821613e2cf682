// Where the user is in the questionnaire: "Étape 2 sur 6" as text and as a native progress bar
// named by that text, and the list of steps: the current one marked for assistive technologies
// (aria-current), the completed ones by a check mark and, for screen readers, its words.
import Link from "next/link";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { paths } from "@/lib/paths";

const t = diagnosticsCopy.questionnaire;

function StepLabel({ number, title, done }: { number: number; title: string; done: boolean }) {
  return (
    <>
      {`${number}. ${title}`}
      {done ? (
        <>
          {/* The words first, then the mark: « 1. Profil, étape terminée » as the link's name. */}
          <span className="sr-only">{`, ${t.stepDone}`}</span>
          <span aria-hidden="true" className="ml-1 font-bold text-green-800">
            ✓
          </span>
        </>
      ) : null}
    </>
  );
}

export function QuestionnaireProgress({ id, step, titles, completed }: { id: string; step: number; titles: string[]; completed: boolean[] }) {
  const total = titles.length;
  return (
    <div className="mb-8 max-w-3xl print:hidden">
      <p id="progression-etape" className="font-semibold">
        {`${t.stepOf(step, total)} : ${titles[step - 1]}`}
      </p>
      <progress
        value={step}
        max={total}
        aria-labelledby="progression-etape"
        className="mt-2 h-3 w-full appearance-none overflow-hidden rounded bg-odd17-light [&::-moz-progress-bar]:bg-odd17 [&::-webkit-progress-bar]:bg-odd17-light [&::-webkit-progress-value]:bg-odd17"
      />
      <nav aria-label={t.stepsLabel} className="mt-4">
        <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {titles.map((title, index) => (
            <li key={title}>
              {index + 1 === step ? (
                <span aria-current="step" className="font-semibold">
                  <StepLabel number={index + 1} title={title} done={completed[index]} />
                </span>
              ) : (
                <Link href={paths.diagnostic(id, { step: index + 1 })}>
                  <StepLabel number={index + 1} title={title} done={completed[index]} />
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}
