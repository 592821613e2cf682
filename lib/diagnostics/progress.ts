// Where a diagnostic stands in its questionnaire, from its stored answers: which steps are
// complete (the step list marks them) and where it resumes (the first step still to complete).
// Pure, shared by the questionnaire page and its tests.
import { validateSection, type Answers } from "./answers";
import type { DiagnosticTemplate } from "./template.schema";

/**
 * A step is complete when it was saved at least once (one of its questions has a stored answer:
 * saving a step stores every question it shows, even an empty text) and its required questions
 * are validly answered. A step of optional questions only is thus not "complete" before it was
 * seen.
 */
export function completedSteps(template: DiagnosticTemplate, answers: Readonly<Answers>): boolean[] {
  return template.sections.map((section) => {
    const saved = section.questions.some((question) => Object.hasOwn(answers, question.id));
    return saved && validateSection(template, section.id, answers).success;
  });
}

/** The first step still to complete (1-based); the last one when all are, where "Terminer" is. */
export function resumeStep(template: DiagnosticTemplate, answers: Readonly<Answers>): number {
  const index = completedSteps(template, answers).indexOf(false);
  return index === -1 ? template.sections.length : index + 1;
}
