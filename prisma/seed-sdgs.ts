// The 17 SDGs and the 19 targets of SDG 17, from the project's own copy of the official texts.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient, SdgTargetGroup } from "../generated/prisma/client.ts";

interface OddData {
  goals: { number: number; short_fr: string; title_fr: string; colour: string }[];
  targets: { code: string; goal: number; group: string | null; subgroup: string | null; text_fr: string; verified: boolean }[];
}

const GROUPS: Record<string, SdgTargetGroup> = {
  Finances: "FINANCES",
  Technologie: "TECHNOLOGIE",
  "Renforcement des capacités": "RENFORCEMENT_CAPACITES",
  Commerce: "COMMERCE",
  "Questions structurelles": "QUESTIONS_STRUCTURELLES",
};

export function loadOddData(): OddData {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "seed-data", "odd.json"), "utf8")) as OddData;
}

export async function seedSdgs(db: PrismaClient) {
  const data = loadOddData();
  for (const goal of data.goals) {
    const fields = { shortName: goal.short_fr, title: goal.title_fr, colour: goal.colour };
    await db.sdg.upsert({ where: { number: goal.number }, create: { number: goal.number, ...fields }, update: fields });
  }
  for (const [index, target] of data.targets.entries()) {
    const group = target.group ? GROUPS[target.group] : undefined;
    if (target.group && !group) throw new Error(`Unknown SDG target group: ${target.group}`);
    const fields = {
      sdgNumber: target.goal,
      text: target.text_fr,
      group: group ?? null,
      subgroup: target.subgroup,
      verified: target.verified,
      position: index + 1,
    };
    await db.sdgTarget.upsert({ where: { code: target.code }, create: { code: target.code, ...fields }, update: fields });
  }
  return { goals: data.goals.length, targets: data.targets.length };
}
