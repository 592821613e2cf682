// Writes the demonstration data set (prisma/seed-data/demo.ts). Upserts by e-mail and slug.
// Accounts and memberships are created only: an existing account keeps its role, its password
// and its memberships' roles, so that re-seeding never raises a demoted demo account again.
import { hash } from "@node-rs/argon2";
import type { ActorKind, AllianceMode, AllianceStage, KitCategory, MecenatKind, Prisma, PrismaClient, Theme } from "../generated/prisma/client.ts";
import { buildSearchKey } from "../lib/directory/directory.ts";
import { versionData } from "../lib/kits/kit-versions.ts";
import { toSearchKey } from "../lib/text/search-key.ts";
import { seedDemoDiagnostics } from "./seed-demo-diagnostics.ts";
import { DEMO_PASSWORD, demoActors, demoAlliances, demoKits, demoNeeds, demoOffers, demoUsers, type TerritoryRef } from "./seed-data/demo.ts";

type Tx = Prisma.TransactionClient;

async function territoryIds(tx: Tx, refs: TerritoryRef[]): Promise<number[]> {
  const rows = await Promise.all(
    refs.map((ref) => tx.territory.findUniqueOrThrow({ where: { kind_code: { kind: ref.kind, code: ref.code } }, select: { id: true } })),
  );
  return rows.map((row) => row.id);
}

async function seedUsers(tx: Tx) {
  const passwordHash = await hash(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const user of demoUsers) {
    const saved = await tx.user.upsert({
      where: { email: user.email },
      create: { email: user.email, name: user.name, platformRole: user.role, passwordHash, emailVerified: new Date(), isDemo: true },
      update: {},
    });
    ids.set(user.email, saved.id);
  }
  return ids;
}

async function seedActors(tx: Tx, users: Map<string, string>) {
  const ids = new Map<string, string>();
  // Parents first, so local teams can point to their network head.
  const ordered = [...demoActors].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  for (const actor of ordered) {
    const status = actor.status ?? "PUBLISHED";
    const fields = {
      name: actor.name,
      kind: actor.kind as ActorKind,
      searchKey: buildSearchKey(actor.name, actor.description),
      description: actor.description,
      website: actor.website ?? null,
      contactEmail: actor.contactEmail ?? null,
      status,
      verified: status === "PUBLISHED",
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      parentId: actor.parent ? (ids.get(actor.parent) ?? null) : null,
      isDemo: true,
    };
    const saved = await tx.actor.upsert({ where: { slug: actor.slug }, create: { slug: actor.slug, ...fields }, update: fields });
    ids.set(actor.slug, saved.id);
    await tx.actorTerritory.deleteMany({ where: { actorId: saved.id } });
    await tx.actorTerritory.createMany({ data: (await territoryIds(tx, actor.territories)).map((territoryId) => ({ actorId: saved.id, territoryId })) });
    await tx.actorSdg.deleteMany({ where: { actorId: saved.id } });
    await tx.actorSdg.createMany({ data: actor.sdgs.map((sdgNumber) => ({ actorId: saved.id, sdgNumber })) });
    const roles = [...(actor.admins ?? []).map((e) => [e, "ADMIN"] as const), ...(actor.members ?? []).map((e) => [e, "MEMBER"] as const)];
    for (const [email, role] of roles) {
      const userId = users.get(email)!;
      await tx.membership.upsert({ where: { userId_actorId: { userId, actorId: saved.id } }, create: { userId, actorId: saved.id, role }, update: {} });
    }
  }
  return ids;
}

/** The demo's local teams get the ACCEPTED network link that parentId mirrors (see NetworkLink). */
async function seedNetworkLinks(tx: Tx, actors: Map<string, string>) {
  for (const actor of demoActors) {
    if (!actor.parent) continue;
    const headId = actors.get(actor.parent)!;
    const teamId = actors.get(actor.slug)!;
    const fields = { status: "ACCEPTED" as const, requestedBy: "HEAD" as const, decidedAt: new Date(), endedAt: null };
    await tx.networkLink.upsert({ where: { headId_teamId: { headId, teamId } }, create: { headId, teamId, ...fields }, update: fields });
  }
}

async function seedAlliances(tx: Tx, actors: Map<string, string>) {
  for (const alliance of demoAlliances) {
    const fields = {
      title: alliance.title,
      searchKey: buildSearchKey(alliance.title, alliance.summary, alliance.description),
      summary: alliance.summary,
      description: alliance.description,
      mode: alliance.mode as AllianceMode,
      mecenatKind: (alliance.mecenatKind ?? null) as MecenatKind | null,
      stage: alliance.stage as AllianceStage,
      status: alliance.status,
      results: alliance.results ?? "",
      startDate: alliance.startDate ? new Date(alliance.startDate) : null,
      publishedAt: alliance.status === "PUBLISHED" ? new Date() : null,
      isDemo: true,
    };
    const saved = await tx.alliance.upsert({ where: { slug: alliance.slug }, create: { slug: alliance.slug, ...fields }, update: fields });
    await tx.alliancePartner.deleteMany({ where: { allianceId: saved.id } });
    await tx.alliancePartner.createMany({
      data: alliance.partners.map((p) => ({
        allianceId: saved.id,
        actorId: actors.get(p.actor)!,
        role: p.role,
        roleLabel: p.roleLabel,
        status: "CONFIRMED" as const,
        confirmedAt: new Date(),
      })),
    });
    await tx.allianceTerritory.deleteMany({ where: { allianceId: saved.id } });
    await tx.allianceTerritory.createMany({
      data: (await territoryIds(tx, alliance.territories)).map((territoryId) => ({ allianceId: saved.id, territoryId })),
    });
    await tx.allianceSdgTarget.deleteMany({ where: { allianceId: saved.id } });
    await tx.allianceSdgTarget.createMany({ data: alliance.targets.map((targetCode) => ({ allianceId: saved.id, targetCode })) });
    if ((await tx.allianceEvent.count({ where: { allianceId: saved.id } })) === 0) {
      await tx.allianceEvent.create({ data: { allianceId: saved.id, toStage: fields.stage, comment: "Alliance de démonstration créée." } });
    }
  }
}

async function seedKits(tx: Tx) {
  // The whole kit is its version 1 (lib/kits/kit-versions.ts), as the Kit row is its projection.
  const versionOf = (kit: (typeof demoKits)[number]) =>
    versionData({
      title: kit.title,
      summary: kit.summary,
      category: kit.category as KitCategory,
      audiences: kit.audiences as ActorKind[],
      maturityLevels: kit.maturityLevels,
      themes: kit.themes as Theme[],
      modes: [],
      targets: kit.targets,
      links: [],
      body: kit.body,
    });
  for (const kit of demoKits) {
    const fields = {
      title: kit.title,
      searchKey: toSearchKey(kit.title),
      summary: kit.summary,
      category: kit.category as KitCategory,
      audiences: kit.audiences as ActorKind[],
      maturityLevels: kit.maturityLevels,
      themes: kit.themes as Theme[],
      body: kit.body,
      status: "PUBLISHED" as const,
      publishedAt: new Date(),
      currentVersion: 1,
      isDemo: true,
    };
    const saved = await tx.kit.upsert({ where: { slug: kit.slug }, create: { slug: kit.slug, ...fields }, update: fields });
    await tx.kitSdgTarget.deleteMany({ where: { kitId: saved.id } });
    await tx.kitSdgTarget.createMany({ data: kit.targets.map((targetCode) => ({ kitId: saved.id, targetCode })) });
    await tx.kitVersion.upsert({
      where: { kitId_number: { kitId: saved.id, number: 1 } },
      create: { kitId: saved.id, number: 1, ...versionOf(kit), note: "Version initiale (démo)" },
      update: versionOf(kit),
    });
  }
}

async function seedNeedsAndOffers(tx: Tx, actors: Map<string, string>) {
  const toData = async (item: (typeof demoNeeds)[number]) => ({
    actorId: actors.get(item.actor)!,
    title: item.title,
    description: item.description,
    mode: item.mode as AllianceMode,
    mecenatKind: (item.mecenatKind ?? null) as MecenatKind | null,
    theme: item.theme as Theme,
    sdgTargetCode: item.target ?? null,
    territoryId: (await territoryIds(tx, [item.territory]))[0],
    status: "PUBLISHED" as const,
    isDemo: true,
  });
  await tx.need.deleteMany({ where: { isDemo: true } });
  await tx.offer.deleteMany({ where: { isDemo: true } });
  for (const need of demoNeeds) await tx.need.create({ data: await toData(need) });
  for (const offer of demoOffers) await tx.offer.create({ data: await toData(offer) });
}

/** The whole data set inside the caller's transaction (the integration tests roll it back). */
export async function seedDemoIn(tx: Tx) {
  const users = await seedUsers(tx);
  const actors = await seedActors(tx, users);
  await seedNetworkLinks(tx, actors);
  await seedAlliances(tx, actors);
  await seedKits(tx);
  await seedNeedsAndOffers(tx, actors);
  await seedDemoDiagnostics(tx, actors, users);
  return { users: users.size, actors: actors.size, alliances: demoAlliances.length, kits: demoKits.length };
}

export async function seedDemo(db: PrismaClient) {
  return db.$transaction((tx) => seedDemoIn(tx), { timeout: 60_000 });
}
