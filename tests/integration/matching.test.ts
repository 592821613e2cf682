// Matching on the real database with the whole territory reference: candidates, reasons, the
// contact → answer → alliance draft flow, and cross-tenant attempts (which change nothing).
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AllianceMode, MecenatKind, ModerationStatus, Theme } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { listMyContacts } from "@/lib/matching/contacts.queries";
import { answerContact, contactMatch, createAllianceFromContact } from "@/lib/matching/matching.mutations";
import { listMatchesForNeed, listMatchesForOffer, listNewMatches } from "@/lib/matching/matching.queries";
import { updateNeedOffer } from "@/lib/needs-offers/needs-offers.mutations";
import { makeOrganisationWithTeam, territoryId } from "../support/factories";

const BASE_URL = "https://odd17.test";
const mailContext = { baseUrl: BASE_URL, ip: "203.0.113.7" };

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  vi.stubEnv("SMTP_URL", "");
});

// ───────────── factories ─────────────

/** A published organisation with an admin and a member. */
// Verified organisations with an admin and a member, as these tests were written with.
const makeOrganisation = () => makeOrganisationWithTeam({ verified: true });

type Item = {
  actorId: string;
  territoryId: number;
  title?: string;
  status?: ModerationStatus;
  mode?: AllianceMode;
  mecenatKind?: MecenatKind | null;
  theme?: Theme;
  sdgTargetCode?: string | null;
  validUntil?: Date | null;
};

function itemData(item: Item) {
  return {
    title: `Titre ${randomUUID().slice(0, 8)}`,
    description: "Description",
    status: "PUBLISHED" as const,
    mode: "MECENAT" as const,
    mecenatKind: "COMPETENCES" as const,
    theme: "INCLUSION_NUMERIQUE" as const,
    sdgTargetCode: "17.17",
    ...item,
  };
}
const makeNeed = (item: Item) => db.need.create({ data: itemData(item) });
const makeOffer = (item: Item) => db.offer.create({ data: itemData(item) });

async function snapshot() {
  const [contacts, alliances, needs, audits] = await Promise.all([
    db.matchContact.findMany({ orderBy: { id: "asc" } }),
    db.alliance.count(),
    db.need.findMany({ orderBy: { id: "asc" } }),
    db.auditLog.count(),
  ]);
  return { contacts, alliances, needs, audits };
}

// ───────────── tests ─────────────

describe("matches", () => {
  it("matches a need in commune 42218 with an offer on EPCI 244200770, saying why", async () => {
    const [a, b] = [await makeOrganisation(), await makeOrganisation()];
    const need = await makeNeed({ actorId: a.id, territoryId: await territoryId("COMMUNE", "42218") });
    const offer = await makeOffer({ actorId: b.id, territoryId: await territoryId("EPCI", "244200770") });

    const forNeed = await listMatchesForNeed(a.member.principal, need.id);
    const match = forNeed.find((m) => m.id === offer.id);
    expect(match).toBeDefined();
    expect(match!.reasons).toContain("même EPCI : Saint-Étienne Métropole");
    expect(match!.reasons).toContain("même mode d'alliance : mécénat de compétences");
    expect(match!.reasons).toContain("même thème : inclusion numérique");
    expect(match!.actor.name).toBe(b.name);

    const forOffer = await listMatchesForOffer(b.admin.principal, offer.id);
    expect(forOffer.find((m) => m.id === need.id)?.reasons).toContain("même EPCI : Saint-Étienne Métropole");
  });

  it("leaves out another région with a different mode, drafts, pending, expired and one's own offers", async () => {
    const [a, b] = [await makeOrganisation(), await makeOrganisation()];
    const saintEtienne = await territoryId("COMMUNE", "42218");
    const need = await makeNeed({ actorId: a.id, territoryId: saintEtienne, theme: "MOBILITE" });
    const far = await makeOffer({
      actorId: b.id,
      territoryId: await territoryId("COMMUNE", "75056"),
      mode: "COOPERATION_ECONOMIQUE",
      mecenatKind: null,
      theme: "MOBILITE",
    });
    const draft = await makeOffer({ actorId: b.id, territoryId: saintEtienne, theme: "MOBILITE", status: "DRAFT" });
    const pending = await makeOffer({ actorId: b.id, territoryId: saintEtienne, theme: "MOBILITE", status: "PENDING" });
    const expired = await makeOffer({ actorId: b.id, territoryId: saintEtienne, theme: "MOBILITE", validUntil: new Date("2020-01-01T00:00:00Z") });
    const own = await makeOffer({ actorId: a.id, territoryId: saintEtienne, theme: "MOBILITE" });
    const good = await makeOffer({ actorId: b.id, territoryId: saintEtienne, theme: "MOBILITE" });

    const ids = (await listMatchesForNeed(a.member.principal, need.id)).map((m) => m.id);
    expect(ids).toContain(good.id);
    for (const excluded of [far, draft, pending, expired, own]) expect(ids).not.toContain(excluded.id);

    // A pending or expired need has no matches either.
    const pendingNeed = await makeNeed({ actorId: a.id, territoryId: saintEtienne, theme: "MOBILITE", status: "PENDING" });
    const expiredNeed = await makeNeed({ actorId: a.id, territoryId: saintEtienne, theme: "MOBILITE", validUntil: new Date("2020-01-01T00:00:00Z") });
    expect(await listMatchesForNeed(a.member.principal, pendingNeed.id)).toEqual([]);
    expect(await listMatchesForNeed(a.member.principal, expiredNeed.id)).toEqual([]);
    expect((await listMatchesForOffer(b.member.principal, draft.id)).map((m) => m.id)).not.toContain(need.id);
  });

  it("shows a need's matches to its members only", async () => {
    const [a, b, c] = [await makeOrganisation(), await makeOrganisation(), await makeOrganisation()];
    const need = await makeNeed({ actorId: a.id, territoryId: await territoryId("COMMUNE", "42218") });
    await makeOffer({ actorId: b.id, territoryId: await territoryId("EPCI", "244200770") });
    expect((await listMatchesForNeed(a.member.principal, need.id)).length).toBeGreaterThan(0);
    expect(await listMatchesForNeed(c.admin.principal, need.id)).toEqual([]);
    expect(await listMatchesForNeed(null, need.id)).toEqual([]);
  });
});

describe("contact from a match", () => {
  it("contact → accept → alliance draft with the two organisations", async () => {
    const [a, b] = [await makeOrganisation(), await makeOrganisation()];
    const need = await makeNeed({ actorId: a.id, territoryId: await territoryId("COMMUNE", "42218"), title: "Ateliers numériques" });
    const offer = await makeOffer({ actorId: b.id, territoryId: await territoryId("EPCI", "244200770") });

    const { id } = await contactMatch(
      b.member.principal,
      { needId: need.id, offerId: offer.id, fromActorId: b.id, message: "Bonjour, parlons-en." },
      mailContext,
    );
    expect(await db.matchContact.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", fromActorId: b.id });
    expect(await db.notification.count({ where: { userId: a.admin.id } })).toBe(1);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: a.admin.email } });
    expect(mail.text).toContain("Bonjour, parlons-en.");
    expect(mail.text).toContain(`${BASE_URL}/espace/mises-en-relation`);
    await expect(
      contactMatch(b.admin.principal, { needId: need.id, offerId: offer.id, fromActorId: b.id, message: "Encore" }, mailContext),
    ).rejects.toBeInstanceOf(ConflictError);
    // The match now carries the contact; the "new matches" list leaves it out.
    expect((await listMatchesForNeed(a.member.principal, need.id)).find((m) => m.id === offer.id)?.contact?.id).toBe(id);
    expect((await listNewMatches(a.member.id)).flatMap((s) => s.matches).map((m) => m.id)).not.toContain(offer.id);
    expect((await listMyContacts(a.member.id)).received.map((c) => c.id)).toEqual([id]);
    expect((await listMyContacts(b.member.id)).sent.map((c) => c.id)).toEqual([id]);

    // Only an accepted contact becomes an alliance; the sender cannot answer its own message.
    await expect(createAllianceFromContact(a.member.principal, { contactId: id, actorId: a.id })).rejects.toBeInstanceOf(ConflictError);
    await expect(answerContact(b.admin.principal, { contactId: id, answer: "ACCEPTED" }, mailContext)).rejects.toBeInstanceOf(ForbiddenError);
    await answerContact(a.member.principal, { contactId: id, answer: "ACCEPTED" }, mailContext);
    await expect(answerContact(a.admin.principal, { contactId: id, answer: "DECLINED" }, mailContext)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.mailMessage.count({ where: { to: b.admin.email } })).toBe(1);

    const alliance = await createAllianceFromContact(a.member.principal, { contactId: id, actorId: a.id });
    expect(alliance.created).toBe(true);
    const row = await db.alliance.findUniqueOrThrow({
      where: { id: alliance.id },
      include: { partners: { orderBy: { role: "asc" } }, territories: true, targets: true, events: true },
    });
    expect(row).toMatchObject({
      title: "Alliance : Ateliers numériques",
      status: "DRAFT",
      stage: "IDEE",
      mode: "MECENAT",
      mecenatKind: "COMPETENCES",
      searchKey: "alliance ateliers numeriques",
    });
    expect(row.partners.map((p) => [p.actorId, p.role, p.status])).toEqual([
      [a.id, "LEAD", "CONFIRMED"],
      [b.id, "PARTNER", "INVITED"],
    ]);
    expect(row.territories.map((t) => t.territoryId)).toEqual([need.territoryId]);
    expect(row.targets.map((t) => t.targetCode)).toEqual(["17.17"]);
    expect(row.events.map((e) => e.comment)).toEqual(["Alliance créée depuis une mise en relation"]);
    expect(await db.auditLog.count({ where: { entity: "Alliance", entityId: alliance.id, action: "alliance.created" } })).toBe(1);
    // Asked again (from the other side too): the same alliance, nothing new.
    expect(await createAllianceFromContact(b.member.principal, { contactId: id, actorId: b.id })).toEqual({ id: alliance.id, created: false });
    expect((await listMyContacts(b.member.id)).sent[0].allianceId).toBe(alliance.id);
  });

  it("refuses to contact a pair that does not match", async () => {
    const [a, b] = [await makeOrganisation(), await makeOrganisation()];
    const need = await makeNeed({ actorId: a.id, territoryId: await territoryId("COMMUNE", "42218") });
    const far = await makeOffer({
      actorId: b.id,
      territoryId: await territoryId("COMMUNE", "75056"),
      mode: "COOPERATION_ECONOMIQUE",
      mecenatKind: null,
      sdgTargetCode: null,
    });
    await expect(
      contactMatch(b.member.principal, { needId: need.id, offerId: far.id, fromActorId: b.id, message: "Bonjour" }, mailContext),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.matchContact.count({ where: { needId: need.id } })).toBe(0);
  });
});

describe("a second click after a success", () => {
  it("the same message sent again is the first one's success: one contact, one e-mail", async () => {
    const [a, b] = [await makeOrganisation(), await makeOrganisation()];
    const need = await makeNeed({ actorId: a.id, territoryId: await territoryId("COMMUNE", "42218") });
    const offer = await makeOffer({ actorId: b.id, territoryId: await territoryId("EPCI", "244200770") });
    const input = { needId: need.id, offerId: offer.id, fromActorId: b.id, message: "Parlons-en." };
    const first = await contactMatch(b.member.principal, input, mailContext);
    expect(await contactMatch(b.member.principal, input, mailContext)).toEqual(first);
    // Two at once (a double click that beat the button's guard): still one contact.
    const [x, y] = await Promise.all([contactMatch(b.admin.principal, input, mailContext), contactMatch(b.admin.principal, input, mailContext)]);
    expect([x.id, y.id]).toEqual([first.id, first.id]);
    expect(await db.matchContact.count({ where: { needId: need.id } })).toBe(1);
    expect(await db.mailMessage.count({ where: { to: a.admin.email } })).toBe(1);
    expect(await db.auditLog.count({ where: { entity: "MatchContact", entityId: first.id } })).toBe(1);
  });

  it("the same answer given again is the first one's success; another answer is refused", async () => {
    const [a, b] = [await makeOrganisation(), await makeOrganisation()];
    const need = await makeNeed({ actorId: a.id, territoryId: await territoryId("COMMUNE", "42218") });
    const offer = await makeOffer({ actorId: b.id, territoryId: await territoryId("EPCI", "244200770") });
    const { id } = await contactMatch(b.member.principal, { needId: need.id, offerId: offer.id, fromActorId: b.id, message: "Bonjour" }, mailContext);
    await Promise.all([
      answerContact(a.member.principal, { contactId: id, answer: "ACCEPTED" }, mailContext),
      answerContact(a.member.principal, { contactId: id, answer: "ACCEPTED" }, mailContext),
    ]);
    await answerContact(a.admin.principal, { contactId: id, answer: "ACCEPTED" }, mailContext);
    await expect(answerContact(a.admin.principal, { contactId: id, answer: "DECLINED" }, mailContext)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.matchContact.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACCEPTED" });
    expect(await db.mailMessage.count({ where: { to: b.admin.email } })).toBe(1);
    expect(await db.auditLog.count({ where: { entity: "MatchContact", entityId: id, action: "match.answered" } })).toBe(1);
    // The sender's side still cannot answer, even with the answer already given.
    await expect(answerContact(b.admin.principal, { contactId: id, answer: "ACCEPTED" }, mailContext)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("whom to write to once a contact is accepted", () => {
  it("each side sees the other's person, organisation and address; nobody else sees them", async () => {
    const [a, b, c] = [await makeOrganisation(), await makeOrganisation(), await makeOrganisation()];
    const need = await makeNeed({ actorId: a.id, territoryId: await territoryId("COMMUNE", "42218") });
    const offer = await makeOffer({ actorId: b.id, territoryId: await territoryId("EPCI", "244200770") });
    const { id } = await contactMatch(b.member.principal, { needId: need.id, offerId: offer.id, fromActorId: b.id, message: "Bonjour" }, mailContext);
    // Pending: no address yet, on either side.
    expect((await listMyContacts(a.member.id)).received[0].people).toBeNull();
    await answerContact(a.admin.principal, { contactId: id, answer: "ACCEPTED" }, mailContext);

    const received = (await listMyContacts(a.member.id)).received[0];
    expect(received.people?.from).toEqual({ name: b.member.name, organisation: b.name, email: b.member.email });
    const sent = (await listMyContacts(b.admin.id)).sent[0];
    expect(sent.people?.to).toEqual({ name: a.admin.name, organisation: a.name, email: a.admin.email });
    // A third organisation's members read none of it.
    expect(await listMyContacts(c.admin.id)).toEqual({ received: [], sent: [] });
    expect(await listMyContacts(c.member.id)).toEqual({ received: [], sent: [] });

    // The person who acted left their organisation: its public address, else its first admin.
    await db.membership.delete({ where: { userId_actorId: { userId: b.member.id, actorId: b.id } } });
    expect((await listMyContacts(a.member.id)).received[0].people?.from).toEqual({ name: b.admin.name, organisation: b.name, email: b.admin.email });
    await db.actor.update({ where: { id: b.id }, data: { contactEmail: "contact@b.example.org" } });
    expect((await listMyContacts(a.member.id)).received[0].people?.from).toEqual({ name: null, organisation: b.name, email: "contact@b.example.org" });
  });
});

describe("cross-tenant", () => {
  it("a member of a third organisation can do nothing on A's and B's records", async () => {
    const [a, b, c] = [await makeOrganisation(), await makeOrganisation(), await makeOrganisation()];
    const need = await makeNeed({ actorId: a.id, territoryId: await territoryId("COMMUNE", "42218") });
    const offer = await makeOffer({ actorId: b.id, territoryId: await territoryId("EPCI", "244200770") });
    const { id: contactId } = await contactMatch(
      a.member.principal,
      { needId: need.id, offerId: offer.id, fromActorId: a.id, message: "Bonjour" },
      mailContext,
    );
    const intruder = c.admin.principal;
    const before = await snapshot();

    const attempts: [string, () => Promise<unknown>][] = [
      [
        "edit A's need",
        () =>
          updateNeedOffer(
            intruder,
            {
              kind: "need",
              id: need.id,
              title: "Piraté",
              description: "x",
              mode: "MECENAT",
              mecenatKind: "FINANCIER",
              theme: "LOGEMENT",
              territoryId: need.territoryId,
            },
            {},
          ),
      ],
      ["contact on behalf of A", () => contactMatch(intruder, { needId: need.id, offerId: offer.id, fromActorId: a.id, message: "Au nom de A" }, mailContext)],
      [
        "contact on behalf of C on A and B's pair",
        () => contactMatch(intruder, { needId: need.id, offerId: offer.id, fromActorId: c.id, message: "C" }, mailContext),
      ],
      ["accept a contact addressed to B", () => answerContact(intruder, { contactId, answer: "ACCEPTED" }, mailContext)],
      ["alliance from A and B's contact, as C", () => createAllianceFromContact(intruder, { contactId, actorId: c.id })],
      ["alliance from A and B's contact, as B", () => createAllianceFromContact(intruder, { contactId, actorId: b.id })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error instanceof ForbiddenError || error instanceof NotFoundError, name).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
  });
});
