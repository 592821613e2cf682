// The diagnostic questionnaire as stored in DiagnosticTemplate.content. Edited as JSON in the back
// office, so every problem is reported at its exact path with a French message the editor can
// show next to the faulty line. Checks that only need one branch (ids of one question's options,
// scale bounds, level order) sit on that branch, so they are reported even while another part
// of the file is still broken; checks across branches (axis references, question ids unique
// across sections) run once the whole structure is valid.
import { z } from "zod";
import { frenchErrorMap } from "@/lib/validation/french-errors";
import { templateMessages as m } from "./labels";
import { checkTag } from "./tags";

// Given to every schema so that built-in checks speak French without the caller passing a map.
const fr = { error: frenchErrorMap };

const ID_PATTERN = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;

const idSchema = z.string(fr).regex(ID_PATTERN, m.idFormat);
const textSchema = z.string(fr).trim().min(1, m.required);

function uniqueIds(message: (id: string) => string) {
  return (items: readonly { id: string }[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", message: message(item.id), path: [index, "id"] });
      seen.add(item.id);
    });
  };
}

const tagSchema = z.string(fr).superRefine((tag, ctx) => {
  const checked = checkTag(tag);
  if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.message });
});

const optionSchema = z.strictObject(
  {
    id: idSchema,
    label: textSchema,
    /** Points per axis id; negative points are allowed as penalties. */
    scores: z.record(z.string(fr), z.number(fr), fr).optional(),
    tags: z.array(tagSchema, fr).optional(),
  },
  fr,
);

const optionsSchema = z.array(optionSchema, fr).min(2, m.atLeastTwoOptions).superRefine(uniqueIds(m.duplicateOption));

const questionBase = {
  id: idSchema,
  label: textSchema,
  help: textSchema.optional(),
  required: z.boolean(fr).default(true),
};

type ChoiceType = "single" | "multiple" | "ranking";

// Tags only take effect where the scoring reads them: a misplaced one would be silently ignored.
function checkTagPlacement(type: ChoiceType) {
  return (question: { options: readonly { tags?: readonly string[] }[] }, ctx: z.RefinementCtx) => {
    question.options.forEach((option, optionIndex) => {
      option.tags?.forEach((tag, tagIndex) => {
        const path = ["options", optionIndex, "tags", tagIndex];
        if (tag.startsWith("theme:") && type !== "ranking") ctx.addIssue({ code: "custom", message: m.themeOnlyInRanking, path });
        if (tag.startsWith("audience:") && type !== "single") ctx.addIssue({ code: "custom", message: m.audienceOnlyInSingle, path });
      });
    });
  };
}

const singleQuestionSchema = z
  .strictObject({ ...questionBase, type: z.literal("single"), options: optionsSchema }, fr)
  .superRefine(checkTagPlacement("single"));

const multipleQuestionSchema = z
  .strictObject({ ...questionBase, type: z.literal("multiple"), options: optionsSchema }, fr)
  .superRefine(checkTagPlacement("multiple"));

const rankingQuestionSchema = z
  .strictObject({ ...questionBase, type: z.literal("ranking"), maxChoices: z.number(fr).int().min(1), options: optionsSchema }, fr)
  .superRefine((question, ctx) => {
    if (question.maxChoices > question.options.length) {
      ctx.addIssue({ code: "custom", message: m.rankingTooManyChoices(question.options.length), path: ["maxChoices"] });
    }
  })
  .superRefine(checkTagPlacement("ranking"));

const scaleQuestionSchema = z
  .strictObject(
    {
      ...questionBase,
      type: z.literal("scale"),
      min: z.number(fr).int(),
      max: z.number(fr).int(),
      minLabel: textSchema.optional(),
      maxLabel: textSchema.optional(),
      /** Points per axis obtained at the top of the scale, prorated below it. */
      scores: z.record(z.string(fr), z.number(fr).min(0), fr).optional(),
    },
    fr,
  )
  .superRefine((question, ctx) => {
    if (question.min >= question.max) ctx.addIssue({ code: "custom", message: m.scaleBounds, path: ["max"] });
  });

const textQuestionSchema = z.strictObject({ ...questionBase, type: z.literal("text"), maxLength: z.number(fr).int().min(1).max(20_000) }, fr);

const questionSchema = z.discriminatedUnion(
  "type",
  [singleQuestionSchema, multipleQuestionSchema, rankingQuestionSchema, scaleQuestionSchema, textQuestionSchema],
  { error: (issue) => (issue.code === "invalid_union" ? m.unknownQuestionType : frenchErrorMap(issue)) },
);

const sectionSchema = z.strictObject(
  {
    id: idSchema,
    title: textSchema,
    description: textSchema.optional(),
    questions: z.array(questionSchema, fr).min(1, m.atLeastOneQuestion),
  },
  fr,
);

const axisSchema = z.strictObject({ id: idSchema, label: textSchema }, fr);

const levelSchema = z.strictObject(
  {
    level: z.number(fr).int().min(1),
    name: textSchema,
    minScore: z.number(fr).min(0).max(100),
    description: textSchema,
  },
  fr,
);

const levelsSchema = z
  .array(levelSchema, fr)
  .min(1, m.atLeastOneLevel)
  .superRefine((levels, ctx) => {
    levels.forEach((level, index) => {
      if (level.level !== index + 1) ctx.addIssue({ code: "custom", message: m.levelNumber(index + 1), path: [index, "level"] });
      if (index === 0 && level.minScore !== 0) ctx.addIssue({ code: "custom", message: m.firstLevelAtZero, path: [0, "minScore"] });
      const previous = levels[index - 1];
      if (previous && level.minScore <= previous.minScore) {
        ctx.addIssue({ code: "custom", message: m.levelsIncreasing(previous.minScore), path: [index, "minScore"] });
      }
    });
  });

export const diagnosticTemplateSchema = z
  .strictObject(
    {
      key: idSchema,
      version: z.number(fr).int().min(1),
      title: textSchema,
      description: textSchema.optional(),
      axes: z.array(axisSchema, fr).min(1, m.atLeastOneAxis).superRefine(uniqueIds(m.duplicateAxis)),
      levels: levelsSchema,
      sections: z.array(sectionSchema, fr).min(1, m.atLeastOneSection).superRefine(uniqueIds(m.duplicateSection)),
    },
    fr,
  )
  .superRefine((template, ctx) => {
    const axisIds = new Set(template.axes.map((axis) => axis.id));
    const questionIds = new Set<string>();
    const checkAxes = (scores: Record<string, number> | undefined, path: (string | number)[]) => {
      for (const axisId of Object.keys(scores ?? {})) {
        if (!axisIds.has(axisId)) ctx.addIssue({ code: "custom", message: m.unknownAxis(axisId), path: [...path, "scores", axisId] });
      }
    };
    template.sections.forEach((section, s) => {
      section.questions.forEach((question, q) => {
        const path = ["sections", s, "questions", q];
        if (questionIds.has(question.id)) ctx.addIssue({ code: "custom", message: m.duplicateQuestion(question.id), path: [...path, "id"] });
        questionIds.add(question.id);
        if (question.type === "scale") checkAxes(question.scores, path);
        if (question.type === "single" || question.type === "multiple" || question.type === "ranking") {
          question.options.forEach((option, o) => checkAxes(option.scores, [...path, "options", o]));
        }
      });
    });
  });

export type DiagnosticTemplate = z.output<typeof diagnosticTemplateSchema>;
export type TemplateSection = DiagnosticTemplate["sections"][number];
export type TemplateQuestion = TemplateSection["questions"][number];
export type ChoiceQuestion = Extract<TemplateQuestion, { type: ChoiceType }>;
export type ScaleQuestion = Extract<TemplateQuestion, { type: "scale" }>;
export type TemplateOption = ChoiceQuestion["options"][number];
export type TemplateLevel = DiagnosticTemplate["levels"][number];

export type TemplateError = { path: (string | number)[]; message: string };

/** For the back-office JSON editor: the template, or every problem found with where it is. */
export function parseDiagnosticTemplate(input: unknown): { success: true; data: DiagnosticTemplate } | { success: false; errors: TemplateError[] } {
  const result = diagnosticTemplateSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const errors = result.error.issues.flatMap((issue): TemplateError[] => {
    const path = issue.path.map((key) => (typeof key === "number" ? key : String(key)));
    // One error per unknown field, at the field itself, rather than one on the enclosing object.
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: [...path, key], message: m.unknownField(key) }));
    return [{ path, message: issue.message }];
  });
  return { success: false, errors };
}

/** Every question of the template, in the order they are asked. */
export function listQuestions(template: DiagnosticTemplate): TemplateQuestion[] {
  return template.sections.flatMap((section) => section.questions);
}
