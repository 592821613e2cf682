// What an invitation shows before it is accepted (issue #19): who invites, with which role, and
// what the organisation is (name, type, territories, the start of its presentation), on the link's
// page (getInvitationPreview) and in the workspace list (listMyPendingInvitations), to the invitee
// only: another address sees nothing of it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createOrganisation, inviteMember } from "@/lib/organisations/organisations.mutations";
import { getInvitationPreview, listMyPendingInvitations } from "@/lib/organisations/organisations.queries";
import { makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  vi.stubEnv("SMTP_URL", "");
});

async function invitationToken(email: string): Promise<string> {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { to: email }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return /\/invitation\?token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
}

describe("invitation details", () => {
  it("name the inviter, the role and the organisation, with its first territories and the start of its presentation", async () => {
    const admin = await makeUser("USER", { name: "Alice Administratrice" });
    const description = `Des jardins partagés dans le quartier.\n\n${"Ateliers et chantiers participatifs ouverts à tous. ".repeat(10)}`;
    const { id } = await createOrganisation(admin.principal, {
      name: `Jardins ${randomUUID().slice(0, 8)}`,
      kind: "ASSOCIATION",
      description,
      territories: ["commune-42218"],
    });
    // Six more territories: the summary names five, and says how many there are in all.
    const more = await db.territory.findMany({ where: { kind: "COMMUNE", code: { not: "42218" } }, select: { id: true }, take: 6 });
    await db.actorTerritory.createMany({ data: more.map((territory) => ({ actorId: id, territoryId: territory.id })) });
    const names = (await db.actorTerritory.findMany({ where: { actorId: id }, select: { territory: { select: { name: true } } } })).map(
      (link) => link.territory.name,
    );

    const email = `${randomUUID()}@exemple.fr`;
    await inviteMember(admin.principal, { actorId: id, email, role: "ADMIN" }, { baseUrl: "https://odd17.test" });
    const token = await invitationToken(email);

    const expected = {
      inviterName: "Alice Administratrice",
      role: "ADMIN",
      organisationKind: "ASSOCIATION",
      territoryCount: 7,
      description: expect.stringMatching(/^Des jardins partagés dans le quartier\. Ateliers et chantiers .*…$/),
    };
    const preview = await getInvitationPreview(token);
    expect(preview).toMatchObject({ state: "valid", email, ...expected });
    if (preview.state === "invalid") return;
    expect(preview.description.length).toBeLessThanOrEqual(240);
    expect(preview.territories).toHaveLength(5);
    expect(preview.territories.every((name) => names.includes(name))).toBe(true);

    const [listed] = await listMyPendingInvitations(email.toUpperCase());
    expect(listed).toMatchObject({ organisationName: preview.organisationName, territories: preview.territories, ...expected });
    expect(await listMyPendingInvitations(`autre-${email}`)).toEqual([]);
  });

  it("keep a short presentation whole, and say nothing of an inviter without a name", async () => {
    const admin = await makeUser("USER", { name: null });
    const { id } = await createOrganisation(admin.principal, {
      name: `Forez ${randomUUID().slice(0, 8)}`,
      kind: "ENTREPRISE",
      description: "Numérique responsable.",
      territories: ["commune-42218"],
    });
    const email = `${randomUUID()}@exemple.fr`;
    await inviteMember(admin.principal, { actorId: id, email, role: "MEMBER" }, { baseUrl: "https://odd17.test" });
    expect(await getInvitationPreview(await invitationToken(email))).toMatchObject({
      inviterName: null,
      role: "MEMBER",
      description: "Numérique responsable.",
      territoryCount: 1,
    });
  });
});
