// Answers the organisation's profile already gives: the questionnaire does not ask them blank.
// The page prefills them in the step's draft (marked « prérempli depuis le profil », editable);
// they are stored like any answer when the step is saved. A template version that renames the
// question or its options simply gets no prefill: only ids the template knows are proposed.
import type { AnswerValue, Answers } from "./answers";
import type { DraftValue, SectionDraft } from "./form-answers";
import type { DiagnosticTemplate, TemplateQuestion, TemplateSection } from "./template.schema";

/** What the Actor profile holds that the questionnaire asks. */
export type OrganisationProfile = {
  /** The ActorKind enum value ("ASSOCIATION"), whose lower case is the question's option id. */
  kind: string;
};

type Mapping = { questionId: string; value: (profile: OrganisationProfile) => AnswerValue | undefined };

// "Quel type d'organisation représentez-vous ?": its options are the ActorKind values.
const MAPPINGS: readonly Mapping[] = [{ questionId: "kind", value: (profile) => profile.kind.toLowerCase() }];

function accepts(question: TemplateQuestion, value: AnswerValue): boolean {
  // Only single choices are mapped for now: a value is proposed only if it is one of the options.
  return question.type === "single" && typeof value === "string" && question.options.some((option) => option.id === value);
}

/** The answers the profile gives to this template, by question id (none for unknown ids). */
export function profileAnswers(template: DiagnosticTemplate, profile: OrganisationProfile): Answers {
  const questions = new Map(template.sections.flatMap((section) => section.questions.map((question) => [question.id, question] as const)));
  const answers: Answers = {};
  for (const mapping of MAPPINGS) {
    const question = questions.get(mapping.questionId);
    const value = mapping.value(profile);
    if (question && value !== undefined && accepts(question, value)) answers[question.id] = value;
  }
  return answers;
}

/**
 * The step's draft with the profile's answers where nothing is stored yet, and the questions to
 * mark as coming from the profile: those prefilled, and those whose stored answer is the
 * profile's (the mark stays true once the step is saved). The client removes a question's mark
 * when its value changes.
 */
export function prefillSection(
  section: TemplateSection,
  draft: SectionDraft,
  stored: Readonly<Answers>,
  fromProfile: Readonly<Answers>,
): { draft: SectionDraft; prefilled: Record<string, DraftValue> } {
  const next: SectionDraft = { ...draft };
  const prefilled: Record<string, DraftValue> = {};
  for (const question of section.questions) {
    if (!Object.hasOwn(fromProfile, question.id)) continue;
    const value = fromProfile[question.id];
    if (typeof value !== "string") continue;
    if (!Object.hasOwn(stored, question.id)) next[question.id] = value;
    if (next[question.id] === value) prefilled[question.id] = value;
  }
  return { draft: next, prefilled };
}
