// Which stage an alliance may move to next. The lead moves forward one step at a time, may step
// back once to correct a mistake, and a finished alliance (TERMINEE) is final: its results are
// what the public reads, so reopening it would rewrite history.
import type { AllianceStage } from "@/generated/prisma/enums";

export const STAGE_ORDER: readonly AllianceStage[] = ["IDEE", "CONSTRUCTION", "ACTIVE", "EVALUATION", "TERMINEE"];

/** The next stage first (when there is one), then the previous one (when allowed). */
export function allowedNextStages(stage: AllianceStage): AllianceStage[] {
  const index = STAGE_ORDER.indexOf(stage);
  if (index < 0 || stage === "TERMINEE") return [];
  const next = STAGE_ORDER[index + 1];
  const previous = index > 0 ? STAGE_ORDER[index - 1] : undefined;
  return [next, previous].filter((value): value is AllianceStage => value !== undefined);
}

export function isAllowedTransition(from: AllianceStage, to: AllianceStage): boolean {
  return allowedNextStages(from).includes(to);
}
