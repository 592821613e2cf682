// The reader's own feedback on a kit as the browser receives it (GET /api/kits/[id]/mes-retours):
// the kit page is cached for every visitor, so it asks for this after loading. Pure: no server
// code, imported by client components.

export type MyContribution = { id: string; kind: "COMMENT" | "SUGGESTION"; comment: string; staffAnswer: string | null; createdAt: string };
export type MyKitFeedbackJson = { rating: number | null; contributions: MyContribution[] };

function isContribution(value: unknown): value is MyContribution {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    (v.kind === "COMMENT" || v.kind === "SUGGESTION") &&
    typeof v.comment === "string" &&
    (v.staffAnswer === null || typeof v.staffAnswer === "string") &&
    typeof v.createdAt === "string" &&
    !Number.isNaN(Date.parse(v.createdAt))
  );
}

/** The JSON of the route, checked; null for anything else (the section then offers no form). */
export function parseMyKitFeedback(value: unknown): MyKitFeedbackJson | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const rating = v.rating;
  if (!(rating === null || (Number.isInteger(rating) && (rating as number) >= 1 && (rating as number) <= 5))) return null;
  if (!Array.isArray(v.contributions) || !v.contributions.every(isContribution)) return null;
  return { rating: rating as number | null, contributions: v.contributions };
}
