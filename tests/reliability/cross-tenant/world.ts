// The cast of the cross-tenant matrix: a target organisation (with an admin and a member), another
// organisation (with its admin), a signed-in user with no organisation, a staff member and a
// platform admin, all fresh for each cell so that no cell sees another's data.
import { randomUUID } from "node:crypto";
import type { ActorKind, PlatformRole } from "@/generated/prisma/client";
import type { OrganisationRole, Principal, Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export const CALLERS = ["anonymous", "outsider", "otherOrgAdmin", "member", "orgAdmin", "staff", "platformAdmin"] as const;
export type Caller = (typeof CALLERS)[number];

export const CALLER_LABELS: Record<Caller, string> = {
  anonymous: "visiteur anonyme",
  outsider: "utilisateur sans organisation",
  otherOrgAdmin: "admin d'une autre organisation",
  member: "membre",
  orgAdmin: "admin de l'organisation",
  staff: "équipe RAMEAU",
  platformAdmin: "administrateur",
};

export interface Person {
  id: string;
  email: string;
  principal: NonNullable<Principal>;
}

export interface Organisation {
  id: string;
  slug: string;
  name: string;
}

export interface World {
  token: string;
  target: Organisation;
  other: Organisation;
  people: Record<Exclude<Caller, "anonymous">, Person>;
  principal(caller: Caller): Principal;
  /** The scope `can` would get for this caller on the target organisation. */
  scope(caller: Caller): Scope;
}

async function makePerson(label: string, platformRole: PlatformRole = "USER"): Promise<Person> {
  const email = `${label}-${randomUUID()}@exemple.fr`;
  const user = await db.user.create({ data: { email, name: `Personne ${label}`, platformRole, emailVerified: new Date() }, select: { id: true } });
  return { id: user.id, email, principal: { id: user.id, platformRole } };
}

export async function makeOrganisation(label: string, members: { person: Person; role: OrganisationRole }[], kind: ActorKind = "ASSOCIATION"): Promise<Organisation> {
  const suffix = randomUUID().slice(0, 8);
  const name = `${label} ${suffix}`;
  const actor = await db.actor.create({
    data: {
      name,
      kind,
      slug: `${label.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-")}-${suffix}`,
      searchKey: name.toLowerCase(),
      status: "PUBLISHED",
      verified: true,
      publishedAt: new Date(),
      memberships: { create: members.map(({ person, role }) => ({ userId: person.id, role })) },
    },
    select: { id: true, slug: true },
  });
  return { id: actor.id, slug: actor.slug, name };
}

export async function makeWorld(): Promise<World> {
  const token = randomUUID().slice(0, 8);
  const people = {
    outsider: await makePerson("sans-organisation"),
    otherOrgAdmin: await makePerson("autre-admin"),
    member: await makePerson("membre"),
    orgAdmin: await makePerson("admin"),
    staff: await makePerson("equipe", "STAFF"),
    platformAdmin: await makePerson("administrateur", "ADMIN"),
  };
  const target = await makeOrganisation("Organisation cible", [
    { person: people.orgAdmin, role: "ADMIN" },
    { person: people.member, role: "MEMBER" },
  ]);
  const other = await makeOrganisation("Autre organisation", [{ person: people.otherOrgAdmin, role: "ADMIN" }], "ENTREPRISE");
  return {
    token,
    target,
    other,
    people,
    principal: (caller) => (caller === "anonymous" ? null : people[caller].principal),
    scope(caller) {
      const membershipRole = caller === "orgAdmin" ? "ADMIN" : caller === "member" ? "MEMBER" : null;
      return { actorId: target.id, membershipRole, isLastAdmin: false };
    },
  };
}
