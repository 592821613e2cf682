import { describe, expect, it } from "vitest";
import { summariseAxes } from "./templates.admin.preview";
import { templateWith } from "./test-fixtures";

describe("summariseAxes", () => {
  it("counts the questions that score each axis and the most points each can reach", () => {
    const template = templateWith(
      [
        {
          id: "q1",
          label: "Q1",
          type: "single",
          options: [
            { id: "a", label: "A", scores: { gouvernance: 2 } },
            { id: "b", label: "B", scores: { gouvernance: 5, moyens: 1 } },
          ],
        },
        { id: "q2", label: "Q2", type: "scale", min: 0, max: 4, scores: { gouvernance: 3 } },
        { id: "q3", label: "Q3", type: "text", maxLength: 100 },
      ],
      {
        axes: [
          { id: "gouvernance", label: "Gouvernance" },
          { id: "moyens", label: "Moyens" },
          { id: "vide", label: "Jamais noté" },
        ],
      },
    );
    expect(summariseAxes(template)).toEqual([
      { id: "gouvernance", label: "Gouvernance", questionCount: 2, maxPoints: 8 },
      { id: "moyens", label: "Moyens", questionCount: 1, maxPoints: 1 },
      { id: "vide", label: "Jamais noté", questionCount: 0, maxPoints: 0 },
    ]);
  });
});
