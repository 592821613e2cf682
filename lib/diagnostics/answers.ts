// Answers are stored as { [questionId]: value } and validated against the template version the
// diagnostic was started with. Drafts are saved as the user types ("partial"): any subset of the
// questions, each one present being valid, and emptied fields allowed. Completion ("complete")
// also requires every required question to be answered.
import { z } from "zod";
import { answerMessages as m } from "./labels";
import { listQuestions, type DiagnosticTemplate, type TemplateQuestion } from "./template.schema";

export type AnswerValue = string | string[] | number;
export type Answers = Record<string, AnswerValue>;
export type AnswersMode = "partial" | "complete";

export type AnswersValidation = { success: true; data: Answers } | { success: false; fieldErrors: Record<string, string[]>; formErrors: string[] };

/** A missing answer gets "Répondez à cette question.", a wrong one the message of its check. */
function orRequired(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? m.required : message);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function distinct(values: readonly string[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) ctx.addIssue({ code: "custom", message: m.duplicateChoice, path: [index] });
    seen.add(value);
  });
}

function optionIds(question: { options: readonly { id: string }[] }): [string, ...string[]] {
  return question.options.map((option) => option.id) as [string, ...string[]];
}

function choiceList(question: { options: readonly { id: string }[] }, mustAnswer: boolean, maxChoices?: number) {
  let schema = z.array(z.enum(optionIds(question), { error: m.chooseList }), { error: orRequired(m.chooseList) });
  if (mustAnswer) schema = schema.min(1, m.atLeastOne);
  if (maxChoices !== undefined) schema = schema.max(maxChoices, m.rankAtMost(maxChoices));
  return schema.superRefine(distinct);
}

function valueSchemaFor(question: TemplateQuestion, mustAnswer: boolean): z.ZodType<AnswerValue> {
  switch (question.type) {
    case "single":
      return z.enum(optionIds(question), { error: orRequired(m.chooseOne) });
    case "multiple":
      return choiceList(question, mustAnswer);
    case "ranking":
      return choiceList(question, mustAnswer, question.maxChoices);
    case "scale": {
      const range = m.scaleRange(question.min, question.max);
      return z
        .number({ error: orRequired(range) })
        .int(range)
        .min(question.min, range)
        .max(question.max, range);
    }
    case "text": {
      const schema = z
        .string({ error: orRequired(m.text) })
        .trim()
        .max(question.maxLength, m.textTooLong(question.maxLength));
      return mustAnswer ? schema.min(1, m.required) : schema;
    }
  }
}

function schemaForQuestions(questions: readonly TemplateQuestion[], mode: AnswersMode): z.ZodType<Answers> {
  const shape: Record<string, z.ZodType> = {};
  for (const question of questions) {
    const mustAnswer = mode === "complete" && question.required;
    const schema = valueSchemaFor(question, mustAnswer);
    shape[question.id] = mustAnswer ? schema : schema.optional();
  }
  const known = new Set(Object.keys(shape));
  // Unknown ids are reported one by one at their own key, alongside the other problems, rather
  // than as zod's single "unrecognized keys" issue on the whole object.
  const answers = z.looseObject(shape, { error: m.notAnObject }).superRefine(
    (value, ctx) => {
      for (const key of Object.keys(value)) {
        if (!known.has(key)) ctx.addIssue({ code: "custom", message: m.unknownQuestion(key), path: [key] });
      }
    },
    { when: (payload) => isPlainObject(payload.value) },
  );
  // zod drops a "__proto__" key from its output without a word; refuse it before (and instead of)
  // the rest, since no form of ours ever sends one.
  return z.preprocess((input, ctx) => {
    if (isPlainObject(input) && Object.hasOwn(input, "__proto__")) {
      ctx.addIssue({ code: "custom", message: m.unknownQuestion("__proto__"), path: ["__proto__"] });
    }
    return input;
  }, answers) as unknown as z.ZodType<Answers>;
}

/** Validates { [questionId]: value } against the template (see the modes above). */
export function answersSchemaFor(template: DiagnosticTemplate, mode: AnswersMode = "partial"): z.ZodType<Answers> {
  return schemaForQuestions(listQuestions(template), mode);
}

/** Issues grouped by question id, as forms show them; problems with the whole object apart. */
export function toAnswerErrors(error: z.ZodError): { fieldErrors: Record<string, string[]>; formErrors: string[] } {
  // A Map, because a plain object would hand back Object.prototype for a "__proto__" key.
  const fieldErrors = new Map<string, string[]>();
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const [questionId] = issue.path;
    if (questionId === undefined) {
      formErrors.push(issue.message);
      continue;
    }
    const messages = fieldErrors.get(String(questionId)) ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    fieldErrors.set(String(questionId), messages);
  }
  return { fieldErrors: Object.fromEntries(fieldErrors), formErrors };
}

function run(schema: z.ZodType<Answers>, input: unknown): AnswersValidation {
  const result = schema.safeParse(input);
  return result.success ? { success: true, data: result.data } : { success: false, ...toAnswerErrors(result.error) };
}

/** The server's check before storing answers: nothing is stored unless this succeeds. */
export function validateAnswers(template: DiagnosticTemplate, input: unknown, mode: AnswersMode = "partial"): AnswersValidation {
  return run(answersSchemaFor(template, mode), input);
}

/**
 * One step of the questionnaire: the required questions of that section must be answered and
 * every answer of the section valid. Answers to other sections are left to the save itself.
 */
export function validateSection(template: DiagnosticTemplate, sectionId: string, input: unknown): AnswersValidation {
  const section = template.sections.find((candidate) => candidate.id === sectionId);
  // A step id comes from the template itself: an unknown one is a programming error.
  if (!section) throw new Error(m.unknownSection(sectionId));
  const ids = section.questions.map((question) => question.id);
  const picked = isPlainObject(input) ? Object.fromEntries(ids.filter((id) => Object.hasOwn(input, id)).map((id) => [id, input[id]])) : input;
  return run(schemaForQuestions(section.questions, "complete"), picked);
}
