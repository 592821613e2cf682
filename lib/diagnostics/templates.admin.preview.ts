// What the preview says about scoring, beside the questions: for each axis, how many questions
// can give it points and the most points it can reach (an axis no question scores is left out of
// the results, which the editor should notice before activating). Pure.
import { maxPointsByAxis } from "./scoring";
import { listQuestions, type DiagnosticTemplate, type TemplateQuestion } from "./template.schema";

export type AxisSummary = { id: string; label: string; questionCount: number; maxPoints: number };

function scoresAxis(question: TemplateQuestion, axisId: string): boolean {
  const has = (scores: Readonly<Record<string, number>> | undefined) => scores !== undefined && Object.hasOwn(scores, axisId) && scores[axisId] !== 0;
  switch (question.type) {
    case "scale":
      return has(question.scores);
    case "text":
      return false;
    default:
      return question.options.some((option) => has(option.scores));
  }
}

export function summariseAxes(template: DiagnosticTemplate): AxisSummary[] {
  const max = maxPointsByAxis(template);
  const questions = listQuestions(template);
  return template.axes.map((axis) => ({
    id: axis.id,
    label: axis.label,
    questionCount: questions.filter((question) => scoresAxis(question, axis.id)).length,
    maxPoints: max[axis.id] ?? 0,
  }));
}
