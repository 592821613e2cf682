import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateAnswers } from "@/lib/diagnostics/answers";
import { scoreDiagnostic } from "@/lib/diagnostics/scoring";
import { diagnosticTemplateSchema } from "@/lib/diagnostics/template.schema";
import { randomAnswers } from "./answers";
import { createRandom } from "./prng";

const template = diagnosticTemplateSchema.parse(JSON.parse(readFileSync(path.resolve("prisma/seed-data/diagnostic-template-v1.json"), "utf8")));

describe("randomAnswers", () => {
  it("always completes the seeded template validly, and scores vary", () => {
    const random = createRandom(17);
    const levels = new Set<number>();
    for (let i = 0; i < 200; i += 1) {
      const checked = validateAnswers(template, randomAnswers(template, random), "complete");
      expect(checked.success).toBe(true);
      if (checked.success) levels.add(scoreDiagnostic(template, checked.data).level.level);
    }
    expect(levels.size).toBeGreaterThan(1);
  });

  it("is deterministic for a seed", () => {
    expect(randomAnswers(template, createRandom(4))).toEqual(randomAnswers(template, createRandom(4)));
  });
});
