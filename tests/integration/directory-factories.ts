// Test data for the directory integration tests: published or not actors and alliances on real
// territories, each named with a unique token so that tests never see each other's data.
import { randomUUID } from "node:crypto";
import type { ActorKind, AllianceMode, ModerationStatus, PartnerStatus, TerritoryKind } from "@/generated/prisma/client";
import type { ActorQuery } from "@/lib/actors/actors.queries";
import type { AllianceQuery } from "@/lib/alliances/alliances.queries";
import { db } from "@/lib/db";
import { buildSearchKey } from "@/lib/directory/directory";
import { resolveTerritory, type ChosenTerritory } from "@/lib/directory/territory-choice.queries";

/** A word no other data contains: letters only, so that it survives toSearchKey as one word. */
export function uniqueToken(): string {
  return `zq${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 10)}`;
}

type Place = [TerritoryKind, string];

export async function territoryIds(places: Place[]): Promise<number[]> {
  const rows = await Promise.all(places.map(([kind, code]) => db.territory.findUniqueOrThrow({ where: { kind_code: { kind, code } }, select: { id: true } })));
  return rows.map((row) => row.id);
}

export async function makeActor(input: {
  name: string;
  description?: string;
  kind?: ActorKind;
  places?: Place[];
  sdgs?: number[];
  status?: ModerationStatus;
  publishedAt?: Date;
}) {
  const description = input.description ?? "";
  const status = input.status ?? "PUBLISHED";
  const actor = await db.actor.create({
    data: {
      name: input.name,
      slug: `${input.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 8)}`,
      searchKey: buildSearchKey(input.name, description),
      description,
      kind: input.kind ?? "ASSOCIATION",
      status,
      publishedAt: status === "PUBLISHED" ? (input.publishedAt ?? new Date()) : null,
    },
  });
  const ids = await territoryIds(input.places ?? []);
  await db.actorTerritory.createMany({ data: ids.map((territoryId) => ({ actorId: actor.id, territoryId })) });
  await db.actorSdg.createMany({ data: (input.sdgs ?? []).map((sdgNumber) => ({ actorId: actor.id, sdgNumber })) });
  return actor;
}

export async function makeAlliance(input: {
  title: string;
  mode?: AllianceMode;
  places?: Place[];
  targets?: string[];
  partners?: { actorId: string; status?: PartnerStatus }[];
  status?: ModerationStatus;
}) {
  const status = input.status ?? "PUBLISHED";
  const alliance = await db.alliance.create({
    data: {
      title: input.title,
      slug: `${input.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 8)}`,
      searchKey: buildSearchKey(input.title),
      mode: input.mode ?? "MECENAT",
      stage: "ACTIVE",
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
  });
  const ids = await territoryIds(input.places ?? []);
  await db.allianceTerritory.createMany({ data: ids.map((territoryId) => ({ allianceId: alliance.id, territoryId })) });
  await db.allianceSdgTarget.createMany({ data: (input.targets ?? []).map((targetCode) => ({ allianceId: alliance.id, targetCode })) });
  await db.alliancePartner.createMany({
    data: (input.partners ?? []).map((partner) => ({ allianceId: alliance.id, actorId: partner.actorId, status: partner.status ?? "CONFIRMED" })),
  });
  return alliance;
}

export async function place(kind: TerritoryKind, code: string): Promise<ChosenTerritory> {
  const territory = await resolveTerritory(kind, code);
  if (!territory) throw new Error(`Unknown territory ${kind} ${code}`);
  return territory;
}

export function actorQuery(overrides: Partial<ActorQuery>): ActorQuery {
  return { q: "", kinds: [], sdgs: [], modes: [], territory: null, scope: undefined, sort: "pertinence", page: 1, ...overrides };
}

export function allianceQuery(overrides: Partial<AllianceQuery>): AllianceQuery {
  return { q: "", modes: [], stages: [], targets: [], partnerKinds: [], territory: null, scope: undefined, sort: "pertinence", page: 1, ...overrides };
}

export const names = (items: { name: string }[]) => items.map((item) => item.name).sort();
