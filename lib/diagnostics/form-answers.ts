// The answers of one questionnaire step as the form sends them, and back. Field names are
// `q.<questionId>` (repeated for multiple choices) and `q.<questionId>.<rank>` for the selects of
// a ranking. Pure: shared by the server action (FormData) and the autosave client (its state).
import type { AnswerValue, Answers } from "./answers";
import type { TemplateQuestion, TemplateSection } from "./template.schema";

export function fieldName(questionId: string, rank?: number): string {
  return rank === undefined ? `q.${questionId}` : `q.${questionId}.${rank}`;
}

/** What a step's form holds: rankings as their fixed slots ("" for an empty choice). */
export type DraftValue = string | string[];
export type SectionDraft = Record<string, DraftValue>;

type FormLike = { get(name: string): unknown; getAll(name: string): unknown[] };

const asString = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** The draft of a step from the submitted form; questions left untouched are absent. */
export function readSectionDraft(section: TemplateSection, form: FormLike): SectionDraft {
  const draft: SectionDraft = {};
  for (const question of section.questions) {
    switch (question.type) {
      case "multiple":
        // Unchecked boxes send nothing: on the step's own form, absence means "none chosen".
        draft[question.id] = form
          .getAll(fieldName(question.id))
          .map(asString)
          .filter((v): v is string => v !== null);
        break;
      case "ranking":
        draft[question.id] = Array.from({ length: question.maxChoices }, (_, i) => asString(form.get(fieldName(question.id, i + 1))) ?? "");
        break;
      default: {
        const value = asString(form.get(fieldName(question.id)));
        if (value !== null) draft[question.id] = value;
      }
    }
  }
  return draft;
}

function toValue(question: TemplateQuestion, value: DraftValue): AnswerValue | undefined {
  switch (question.type) {
    case "single":
      return typeof value === "string" && value !== "" ? value : undefined;
    case "multiple":
      return Array.isArray(value) ? value : [];
    case "ranking":
      // Empty slots are skipped: choices move up, "1er, —, 3e" ranks two answers.
      return Array.isArray(value) ? value.filter((id) => id !== "") : [];
    case "scale": {
      if (typeof value !== "string" || value.trim() === "") return undefined;
      const number = Number(value);
      // A non-number stays a string so that validation reports it instead of dropping it.
      return Number.isFinite(number) ? number : value;
    }
    case "text":
      return typeof value === "string" ? value : "";
  }
}

/** The answers to store for a step: a partial set of { questionId: value }. */
export function draftToAnswers(section: TemplateSection, draft: SectionDraft): Answers {
  const answers: Answers = {};
  for (const question of section.questions) {
    if (!Object.hasOwn(draft, question.id)) continue;
    const value = toValue(question, draft[question.id]);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}

/** The draft a step starts from, read from the stored answers. */
export function answersToDraft(section: TemplateSection, answers: Readonly<Record<string, unknown>>): SectionDraft {
  const draft: SectionDraft = {};
  for (const question of section.questions) {
    const value = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const list = Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
    switch (question.type) {
      case "multiple":
        draft[question.id] = list;
        break;
      case "ranking":
        draft[question.id] = Array.from({ length: question.maxChoices }, (_, i) => list[i] ?? "");
        break;
      case "scale":
        draft[question.id] = typeof value === "number" ? String(value) : "";
        break;
      default:
        draft[question.id] = typeof value === "string" ? value : "";
    }
  }
  return draft;
}

/** The steps (1-based, with their title) holding one of these question ids, in order. */
export function stepsWith(sections: readonly TemplateSection[], questionIds: readonly string[]): { step: number; title: string }[] {
  const wanted = new Set(questionIds);
  return sections.flatMap((section, index) =>
    section.questions.some((question) => wanted.has(question.id)) ? [{ step: index + 1, title: section.title }] : [],
  );
}

/** Equal draft values: the same text, or the same choices in the same order. */
export function sameDraftValue(a: DraftValue | undefined, b: DraftValue | undefined): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((item, i) => item === b[i]) : a === b;
}

/** What the autosave sends: the questions of `draft` whose value differs from the last one saved. */
export function changedDraft(saved: Readonly<SectionDraft>, draft: Readonly<SectionDraft>): SectionDraft {
  const changed: SectionDraft = {};
  for (const [questionId, value] of Object.entries(draft)) {
    if (!Object.hasOwn(saved, questionId) || !sameDraftValue(saved[questionId], value)) changed[questionId] = value;
  }
  return changed;
}
