// Follows on the real database: following « acteurs, Loire, ODD 13 », the staff approving matching
// and non-matching organisations, the follows task (one notification, one e-mail with its one-click
// unsubscribe), rhythms, and that nobody reaches someone else's follow.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { runFollows } from "@/lib/follows/delivery";
import { followSearch, followTarget, setFollowRhythm, stopFollow, unsubscribeFollow } from "@/lib/follows/follows.mutations";
import { changeAllianceStage, createAlliance } from "@/lib/alliances/workspace.mutations";
import { allianceCreateSchema } from "@/lib/alliances/workspace.schemas";
import { decideModeration } from "@/lib/moderation/moderation.mutations";
import { makeOrganisation, makeOrganisationWithUser, makeUser, territoryId } from "../support/factories";

const BASE_URL = "https://odd17.test";

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  vi.stubEnv("SMTP_URL", "");
});

const mailsTo = (email: string) => db.mailMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

async function approve(staffPrincipal: { id: string; platformRole: "STAFF" }, id: string) {
  await decideModeration(staffPrincipal, { kind: "actor", id, decision: "approve" }, { baseUrl: BASE_URL });
}

/** The headers the mail job carries to SMTP (the send log keeps none). */
async function headersOfMail(mailId: string): Promise<Record<string, string> | undefined> {
  const [job] = await db.$queryRaw<{ payload: { headers?: Record<string, string> } }[]>`
    SELECT payload FROM graphile_worker._private_jobs WHERE key = ${`mail:${mailId}`}`;
  return job?.payload.headers;
}

describe("following a search of actors", () => {
  it("notifies once for the one matching organisation, and e-mails it with a working one-click unsubscribe", async () => {
    const staff = await makeUser("STAFF");
    const person = await makeUser();
    const stranger = await makeUser();
    const follow = await followSearch(person.principal, { directory: "acteurs", query: "odd=13&territoire=departement-42" });
    expect(follow).toMatchObject({ label: "Acteurs · Loire · ODD 13", created: true });
    // The same search written another way is the same follow.
    expect(await followSearch(person.principal, { directory: "acteurs", query: "territoire=departement-42&odd=13&tri=nom" })).toMatchObject({
      id: follow.id,
      created: false,
    });
    await setFollowRhythm(person.principal, { id: follow.id, rhythm: "IMMEDIATE" });

    const saintEtienne = await territoryId("COMMUNE", "42218");
    const rhone = await territoryId("DEPARTEMENT", "69");
    const matching = await makeOrganisation({ label: "Climat Forez", status: "PENDING", territories: [saintEtienne], sdgs: [13, 4] });
    const otherSdg = await makeOrganisation({ label: "Écoles Forez", status: "PENDING", territories: [saintEtienne], sdgs: [4] });
    const elsewhere = await makeOrganisation({ label: "Climat Lyon", status: "PENDING", territories: [rhone], sdgs: [13] });
    for (const actor of [matching, otherSdg, elsewhere]) await approve(staff.principal as { id: string; platformRole: "STAFF" }, actor.id);

    // Other files' publications may be waiting too (one database for the run): the counts are this person's.
    const run = await runFollows(new Date(), { baseUrl: BASE_URL });
    expect(run.events).toBeGreaterThanOrEqual(3);
    expect(await db.followMatch.count({ where: { followId: follow.id } })).toBe(1);
    const notifications = await db.notification.findMany({ where: { userId: person.id, kind: "follow.match" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ title: `Nouvelle organisation : ${matching.name}`, href: `/acteurs/${matching.slug}`, email: "NONE" });

    const mails = await mailsTo(person.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.subject).toContain("Acteurs · Loire · ODD 13");
    expect(mail.text).toContain(matching.name);
    expect(mail.text).not.toContain(otherSdg.name);
    const { unsubscribeToken } = await db.follow.findUniqueOrThrow({ where: { id: follow.id } });
    expect(await headersOfMail(mail.id)).toEqual({
      "List-Unsubscribe": `<${BASE_URL}/api/suivis/desabonner?token=${unsubscribeToken}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });

    // A second run finds nothing new: no second notification, no second e-mail.
    expect(await runFollows(new Date(), { baseUrl: BASE_URL })).toMatchObject({ events: 0, matches: 0, mails: 0 });
    expect(await mailsTo(stranger.email)).toHaveLength(0);

    // The token stops this follow's e-mails only, and keeps the follow: the stranger's same search
    // and the person's other follow keep their rhythm.
    const strangers = await followSearch(stranger.principal, { directory: "acteurs", query: "odd=13&territoire=departement-42" });
    const other = await followTarget(person.principal, { target: "actor", id: matching.id });
    expect(await unsubscribeFollow(unsubscribeToken)).toEqual({ label: "Acteurs · Loire · ODD 13" });
    expect(await db.follow.findUniqueOrThrow({ where: { id: follow.id } })).toMatchObject({ rhythm: "NEVER" });
    expect(await db.follow.findMany({ where: { id: { in: [strangers.id, other.id] } }, select: { rhythm: true } })).toEqual([
      { rhythm: "DAILY" },
      { rhythm: "DAILY" },
    ]);
    expect(await unsubscribeFollow("not-a-token-of-anyone-at-all")).toBeNull();
  });

  it("e-mails a daily follow at most once a day, and never a « jamais » one", async () => {
    const staff = await makeUser("STAFF");
    const daily = await makeUser();
    const never = await makeUser();
    const word = `zorglub${Date.now()}`;
    const dailyFollow = await followSearch(daily.principal, { directory: "acteurs", query: `q=${word}` });
    const neverFollow = await followSearch(never.principal, { directory: "acteurs", query: `q=${word}` });
    await setFollowRhythm(never.principal, { id: neverFollow.id, rhythm: "NEVER" });
    const morning = new Date();
    const first = await makeOrganisation({ name: `Association ${word} une`, status: "PENDING" });
    await approve(staff.principal as { id: string; platformRole: "STAFF" }, first.id);
    await runFollows(morning, { baseUrl: BASE_URL });
    const second = await makeOrganisation({ name: `Association ${word} deux`, status: "PENDING" });
    await approve(staff.principal as { id: string; platformRole: "STAFF" }, second.id);
    await runFollows(new Date(morning.getTime() + 60 * 60 * 1000), { baseUrl: BASE_URL });
    expect(await mailsTo(daily.email)).toHaveLength(1);
    await runFollows(new Date(morning.getTime() + 24 * 60 * 60 * 1000), { baseUrl: BASE_URL });
    const mails = await mailsTo(daily.email);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain(second.name);
    expect(await mailsTo(never.email)).toHaveLength(0);
    expect(await db.notification.count({ where: { userId: never.id, kind: "follow.match" } })).toBe(2);
    expect(dailyFollow.created).toBe(true);
  });
});

describe("following an alliance", () => {
  it("tells its followers of its new stage, once published", async () => {
    const lead = await makeOrganisationWithUser("ADMIN", { verified: true });
    const { id } = await createAlliance(
      lead.user.principal,
      allianceCreateSchema.parse({
        actorId: lead.id,
        title: `Ateliers du Furan ${Date.now()}`,
        summary: "Des ateliers pour tous.",
        description: "Une alliance entre une association et une entreprise.",
        mode: "MECENAT",
        mecenatKind: "COMPETENCES",
        territories: ["commune-42218"],
        targets: ["17.17"],
      }),
    );
    const alliance = await db.alliance.update({
      where: { id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
      select: { slug: true, title: true, version: true },
    });
    const follower = await makeUser();
    await followTarget(follower.principal, { target: "alliance", id: alliance.slug });
    await changeAllianceStage(lead.user.principal, { id, version: alliance.version, toStage: "CONSTRUCTION", comment: "On avance." });
    await runFollows(new Date(), { baseUrl: BASE_URL });
    const notifications = await db.notification.findMany({ where: { userId: follower.id, kind: "follow.match" }, select: { title: true, href: true } });
    expect(notifications).toEqual([{ title: `Nouvelle étape pour l'alliance ${alliance.title} : Construction`, href: `/alliances/${alliance.slug}` }]);
  });
});

describe("someone else's follow", () => {
  it("cannot be changed or stopped, and is not revealed", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    const organisation = await makeOrganisation();
    const follow = await followTarget(owner.principal, { target: "actor", id: organisation.id });
    await expect(setFollowRhythm(intruder.principal, { id: follow.id, rhythm: "NEVER" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(stopFollow(intruder.principal, follow.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.follow.findUniqueOrThrow({ where: { id: follow.id } })).toMatchObject({ rhythm: "DAILY", userId: owner.id });
    expect(await stopFollow(owner.principal, follow.id)).toBe(follow.label);
  });

  it("refuses to follow an unpublished organisation", async () => {
    const person = await makeUser();
    const draft = await makeOrganisation({ status: "DRAFT" });
    await expect(followTarget(person.principal, { target: "actor", id: draft.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
