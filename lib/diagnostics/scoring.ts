// Scores, maturity level and the wishes read from the answers: what a completed diagnostic
// stores and what the report, the recommendations and the observatory read. Pure and
// deterministic; level names and thresholds come only from the template. Stored answers are read
// defensively (unknown options and out-of-range values ignored or clamped), so that an old draft
// never makes the computation throw.
import type { ActorKind, AllianceMode, Theme } from "@/generated/prisma/enums";
import { parseTag, type ParsedTag } from "./tags";
import { listQuestions, type DiagnosticTemplate, type TemplateOption, type TemplateQuestion } from "./template.schema";

export type ThemeTag = Theme;

export interface MaturityLevel {
  level: number;
  name: string;
  description: string;
}

export interface DiagnosticResult {
  /** 0–100 per axis; axes that no question can score are left out. */
  axes: Record<string, number>;
  /** 0–100: the mean of the axis scores above, as shown on the radar. */
  overall: number;
  level: MaturityLevel;
  /** The ranked fragilities, most pressing first. */
  priorities: ThemeTag[];
  modes: AllianceMode[];
  partnerKinds: ActorKind[];
  /** The kind of organisation that answered, from its profile. */
  audience: ActorKind | null;
  objectives: string[];
}

type AnswerInput = Readonly<Record<string, unknown>>;

// Question and axis ids are free text: "constructor" must not find Object.prototype's.
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function pointsOf(scores: Readonly<Record<string, number>> | undefined, axisId: string): number {
  return own(scores, axisId) ?? 0;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((item): item is string => typeof item === "string"))] : [];
}

function questionMax(question: TemplateQuestion, axisId: string): number {
  switch (question.type) {
    case "single":
      return Math.max(0, ...question.options.map((option) => pointsOf(option.scores, axisId)));
    case "multiple":
      return sum(question.options.map((option) => Math.max(0, pointsOf(option.scores, axisId))));
    case "ranking": {
      const best = question.options.map((option) => Math.max(0, pointsOf(option.scores, axisId))).sort((a, b) => b - a);
      return sum(best.slice(0, question.maxChoices));
    }
    case "scale":
      return pointsOf(question.scores, axisId);
    case "text":
      return 0;
  }
}

/** The most points each axis can get from the whole template, given what can be chosen together. */
export function maxPointsByAxis(template: DiagnosticTemplate): Record<string, number> {
  const questions = listQuestions(template);
  return Object.fromEntries(template.axes.map((axis) => [axis.id, sum(questions.map((question) => questionMax(question, axis.id)))]));
}

/** Chosen options in the order that means something: ranked order for a ranking, template order otherwise. */
function chosenOptions(question: TemplateQuestion, value: unknown): TemplateOption[] {
  switch (question.type) {
    case "single":
      return question.options.filter((option) => option.id === value);
    case "multiple": {
      const chosen = new Set(strings(value));
      return question.options.filter((option) => chosen.has(option.id));
    }
    case "ranking":
      return strings(value)
        .slice(0, question.maxChoices)
        .flatMap((id) => question.options.filter((option) => option.id === id));
    default:
      return [];
  }
}

function questionPoints(question: TemplateQuestion, value: unknown, axisId: string): number {
  if (question.type !== "scale") return sum(chosenOptions(question, value).map((option) => pointsOf(option.scores, axisId)));
  if (typeof value !== "number" || !Number.isFinite(value)) return 0;
  const clamped = Math.min(question.max, Math.max(question.min, value));
  return ((clamped - question.min) / (question.max - question.min)) * pointsOf(question.scores, axisId);
}

// Snapping to 6 decimals first keeps 62.5 from rounding down when it was computed as 62.4999….
function roundScore(value: number): number {
  return Math.round(Math.round(value * 1e6) / 1e6);
}

/** The highest level whose threshold the score reaches (levels are sorted by the schema). */
export function levelFor(template: DiagnosticTemplate, overall: number): MaturityLevel {
  const reached = template.levels.filter((level) => level.minScore <= overall).at(-1) ?? template.levels[0];
  return { level: reached.level, name: reached.name, description: reached.description };
}

function pushUnique<T>(list: T[], value: T) {
  if (!list.includes(value)) list.push(value);
}

function readTags(template: DiagnosticTemplate, answers: AnswerInput) {
  const wishes = {
    priorities: [] as Theme[],
    modes: [] as AllianceMode[],
    partnerKinds: [] as ActorKind[],
    audience: null as ActorKind | null,
    objectives: [] as string[],
  };
  for (const question of listQuestions(template)) {
    for (const option of chosenOptions(question, own(answers, question.id))) {
      const tags = (option.tags ?? []).map(parseTag).filter((tag): tag is ParsedTag => tag !== null);
      for (const tag of tags) {
        // The schema only lets theme tags sit in rankings and audience tags in single choices.
        if (tag.prefix === "theme" && question.type === "ranking") pushUnique(wishes.priorities, tag.value);
        if (tag.prefix === "audience" && question.type === "single") wishes.audience ??= tag.value;
        if (tag.prefix === "mode") pushUnique(wishes.modes, tag.value);
        if (tag.prefix === "partner") pushUnique(wishes.partnerKinds, tag.value);
        if (tag.prefix === "objectif") pushUnique(wishes.objectives, tag.value);
      }
    }
  }
  return wishes;
}

/**
 * Axis score = points obtained ÷ points obtainable on that axis × 100, rounded and kept within
 * 0–100 (options may carry penalties). The overall score is the mean of the rounded axis scores,
 * so that it matches what the radar shows.
 */
export function scoreDiagnostic(template: DiagnosticTemplate, answers: AnswerInput): DiagnosticResult {
  const questions = listQuestions(template);
  const maxima = maxPointsByAxis(template);
  const axes: Record<string, number> = {};
  for (const axis of template.axes) {
    const max = maxima[axis.id];
    if (max <= 0) continue;
    const obtained = sum(questions.map((question) => questionPoints(question, own(answers, question.id), axis.id)));
    axes[axis.id] = Math.min(100, Math.max(0, roundScore((obtained * 100) / max)));
  }
  const scores = Object.values(axes);
  const overall = scores.length === 0 ? 0 : roundScore(sum(scores) / scores.length);
  return { axes, overall, level: levelFor(template, overall), ...readTags(template, answers) };
}
