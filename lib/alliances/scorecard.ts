// The partners' scorecard: each confirmed partner organisation rates the alliance from 1 to 5 on
// three dimensions. What matters to the partners is less the average than where they disagree,
// so a spread of two points or more on a dimension is flagged for discussion.
export const SCORE_DIMENSIONS = ["innovation", "performance", "confiance"] as const;
export type ScoreDimension = (typeof SCORE_DIMENSIONS)[number];
export type Scores = Record<ScoreDimension, number>;

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** max − min at or above which the partners are said to diverge. */
export const DIVERGENCE_SPREAD = 2;

export type DimensionSummary = { dimension: ScoreDimension; min: number; max: number; spread: number; average: number; diverges: boolean };

/** Per dimension: range and average of the ratings given; empty when nobody has rated yet. */
export function summariseScores(ratings: readonly Scores[]): DimensionSummary[] {
  if (ratings.length === 0) return [];
  return SCORE_DIMENSIONS.map((dimension) => {
    const values = ratings.map((rating) => rating[dimension]);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const average = Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
    return { dimension, min, max, spread: max - min, average, diverges: max - min >= DIVERGENCE_SPREAD };
  });
}

/** The dimensions the partners diverge on, in the fixed order of SCORE_DIMENSIONS. */
export function divergentDimensions(ratings: readonly Scores[]): ScoreDimension[] {
  return summariseScores(ratings)
    .filter((summary) => summary.diverges)
    .map((summary) => summary.dimension);
}
