"use client";
// One step of the questionnaire. The answers are controlled by this component's draft, saved
// automatically ~800 ms after the last change (autosave: only the answers changed since the last
// save, a small write that re-renders nothing but the status line), and saved again by "Précédent",
// "Suivant" or "Terminer", which also move on. Every save carries the version last saved, and
// saves are chained one after the other, so that a user's own saves never conflict with each
// other while someone else's change is still detected. The form is an ActionForm: a refused step
// keeps every answer shown (they are controlled by the draft anyway) and its outcome, with links
// to the questions to correct, receives focus.
import Link from "next/link";
import { useActionState, useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { buttonClasses } from "@/components/ui/button";
import { diagnosticsCopy, formatFrenchTime } from "@/lib/copy/diagnostics";
import { autosaveAction, saveStepAction, type StepState } from "@/lib/diagnostics/diagnostics.actions";
import { changedDraft, sameDraftValue, type DraftValue, type SectionDraft } from "@/lib/diagnostics/form-answers";
import type { TemplateSection } from "@/lib/diagnostics/template.schema";
import { paths } from "@/lib/paths";
import { AutosaveStatus, type AutosaveView } from "./autosave-status";
import { QuestionField } from "./question-field";

const t = diagnosticsCopy.questionnaire;
export const AUTOSAVE_DELAY_MS = 800;

/**
 * The saves of one diagnostic in this tab, shared by its steps: leaving a step by a link saves
 * its last changes while the next step loads, and the next step's first save must come after
 * that one and carry the version it produced, or the user would conflict with themselves.
 */
type SaveSession = { queue: Promise<void>; version: number };
const sessions = new Map<string, SaveSession>();

function sessionFor(id: string, version: number): SaveSession {
  const session = sessions.get(id) ?? { queue: Promise.resolve(), version };
  // The page may be newer (someone else saved) or older (our last save was still on its way).
  session.version = Math.max(session.version, version);
  sessions.set(id, session);
  return session;
}

type Props = {
  id: string;
  version: number;
  step: number;
  stepCount: number;
  section: TemplateSection;
  initialDraft: SectionDraft;
  /** Answers proposed by the organisation's profile, marked as such while they are unchanged. */
  prefilled?: Record<string, DraftValue>;
};

/** The answers as stored when the step loaded: what the profile proposes is not stored yet. */
function storedPart(draft: SectionDraft, prefilled: Record<string, DraftValue>): SectionDraft {
  return Object.fromEntries(Object.entries(draft).filter(([questionId]) => !Object.hasOwn(prefilled, questionId)));
}

export function QuestionnaireStep({ id, version, step, stepCount, section, initialDraft, prefilled = {} }: Props) {
  const [draft, setDraft] = useState(initialDraft);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [autosave, setAutosave] = useState<AutosaveView>({ kind: "idle" });
  const draftRef = useRef(initialDraft);
  // The values the server holds (as far as this tab knows): the autosave sends the difference.
  const savedRef = useRef<SectionDraft | null>(null);
  if (savedRef.current === null) savedRef.current = storedPart(initialDraft, prefilled);
  // Looked up once, when the step mounts; mutated by the saves, never rendered: a ref.
  const sessionRef = useRef<SaveSession | null>(null);
  if (sessionRef.current === null) sessionRef.current = sessionFor(id, version);
  const dirty = useRef(false);
  const conflicted = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const nextButton = useRef<HTMLButtonElement>(null);

  async function saveIfDirty() {
    if (!dirty.current || conflicted.current) return;
    const session = sessionRef.current!;
    dirty.current = false;
    const changes = changedDraft(savedRef.current!, draftRef.current);
    if (Object.keys(changes).length === 0) return;
    setAutosave({ kind: "saving" });
    try {
      const result = await autosaveAction({ id, version: session.version, step, draft: changes });
      if (result.status === "saved") {
        session.version = result.version;
        savedRef.current = { ...savedRef.current, ...changes };
        setErrors({});
        setAutosave({ kind: "saved", time: formatFrenchTime(new Date(result.savedAt)) });
      } else if (result.status === "conflict") {
        conflicted.current = true;
        setAutosave({ kind: "conflict", message: result.message });
      } else if (result.status === "invalid") {
        setErrors(result.fieldErrors);
        setAutosave({ kind: "invalid" });
      } else {
        dirty.current = true;
        setAutosave({ kind: "error", message: result.message });
      }
    } catch {
      // Offline or the server restarting: the next change or the step's button tries again.
      dirty.current = true;
      setAutosave({ kind: "error", message: t.notSavedError });
    }
  }

  function flush(): Promise<void> {
    const session = sessionRef.current!;
    window.clearTimeout(timer.current);
    session.queue = session.queue.then(saveIfDirty);
    return session.queue;
  }

  function change(questionId: string, value: DraftValue) {
    const next = { ...draftRef.current, [questionId]: value };
    draftRef.current = next;
    setDraft(next);
    setErrors((current) => {
      if (!current[questionId]) return current;
      const { [questionId]: _cleared, ...rest } = current;
      return rest;
    });
    dirty.current = true;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }

  // Leaving the step by a link (the step list, the header) still saves what was typed.
  const flushOnLeave = useEffectEvent(() => {
    if (dirty.current) void flush();
  });
  useEffect(() => () => flushOnLeave(), []);

  const [state, formAction, pending] = useActionState(
    async (previous: StepState, formData: FormData): Promise<StepState> => {
      // The step's own save carries the current draft: only wait for a save already under way.
      const session = sessionRef.current!;
      window.clearTimeout(timer.current);
      dirty.current = false;
      await session.queue;
      if (conflicted.current) return { status: "error", message: diagnosticsCopy.messages.conflict };
      formData.set("version", String(session.version));
      const result = await saveStepAction(previous, formData);
      if (result.version) session.version = result.version;
      setErrors(result.fieldErrors ?? {});
      return result;
    },
    { status: "idle" },
  );

  // Enter in a field moves on, as "Suivant" would; the browser would otherwise use the first
  // submit button, "Précédent".
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key !== "Enter" || target.tagName !== "INPUT") return;
    event.preventDefault();
    nextButton.current?.form?.requestSubmit(nextButton.current);
  }

  const isLast = step === stepCount;
  const conflict = autosave.kind === "conflict" || state.message === diagnosticsCopy.messages.conflict;

  return (
    <ActionForm action={formAction} state={state} formId="diagnostic.step" onKeyDown={onKeyDown} className="max-w-3xl">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="version" defaultValue={version} />
      {state.missingSteps && state.missingSteps.length > 0 ? (
        <ul className="-mt-4 mb-6 list-disc pl-6">
          {state.missingSteps.map((missing) => (
            <li key={missing.step}>
              <Link href={paths.diagnostic(id, { step: missing.step })}>{`${t.stepOf(missing.step, stepCount)} : ${missing.title}`}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {conflict ? (
        <p className="mb-6">
          <a href={paths.diagnostic(id, { step })}>{t.reload}</a>
        </p>
      ) : null}
      {section.description ? <p className="mb-6 text-lg text-muted">{section.description}</p> : null}
      {section.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          value={draft[question.id] ?? ""}
          errors={errors[question.id] ?? []}
          prefilled={Object.hasOwn(prefilled, question.id) && sameDraftValue(draft[question.id], prefilled[question.id])}
          onChange={(value) => change(question.id, value)}
        />
      ))}
      <AutosaveStatus view={autosave} />
      <div className="mt-6 flex flex-wrap gap-4 print:hidden">
        {step > 1 ? (
          <button type="submit" name="direction" value="previous" disabled={pending} className={buttonClasses("secondary", "disabled:opacity-70")}>
            {t.previous}
          </button>
        ) : null}
        <button
          ref={nextButton}
          type="submit"
          name="direction"
          value={isLast ? "finish" : "next"}
          disabled={pending}
          className={buttonClasses("primary", "disabled:opacity-70")}
        >
          {isLast ? t.finish : t.next}
        </button>
      </div>
    </ActionForm>
  );
}
