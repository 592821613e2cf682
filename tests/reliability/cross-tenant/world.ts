// The cast of the cross-tenant matrix: a target organisation (with an admin and a member), another
// organisation (with its admin), a signed-in user with no organisation, a staff member and a
// platform admin, all fresh for each cell so that no cell sees another's data.
import { randomUUID } from "node:crypto";
import type { ActorKind, PlatformRole } from "@/generated/prisma/client";
import type { OrganisationRole, Principal, Scope } from "@/lib/auth/permissions";
import { makeOrganisation, makeUser } from "../../support/factories";

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
  const user = await makeUser(platformRole, { email: `${label}-${randomUUID()}@exemple.fr`, name: `Personne ${label}` });
  return { id: user.id, email: user.email, principal: user.principal };
}

async function makeWorldOrganisation(
  label: string,
  members: { person: Person; role: OrganisationRole }[],
  kind: ActorKind = "ASSOCIATION",
): Promise<Organisation> {
  const actor = await makeOrganisation({ label, kind, verified: true, members: members.map(({ person, role }) => ({ user: person, role })) });
  return { id: actor.id, slug: actor.slug, name: actor.name };
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
  const target = await makeWorldOrganisation("Organisation cible", [
    { person: people.orgAdmin, role: "ADMIN" },
    { person: people.member, role: "MEMBER" },
  ]);
  const other = await makeWorldOrganisation("Autre organisation", [{ person: people.otherOrgAdmin, role: "ADMIN" }], "ENTREPRISE");
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
