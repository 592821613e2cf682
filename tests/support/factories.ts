// Test data made through Prisma, for the integration and reliability suites: a person (platform
// role, confirmed or not, a real password hash when the test signs in), an organisation (kind,
// status, verified, territories, SDGs, members with their roles) and the usual casts around one.
// They write with the client of lib/db.ts, which tests/integration/setup.ts points at the run's
// throwaway database (TEST_DATABASE_URL's server, or the embedded one). Every call makes fresh,
// uniquely named rows, so that tests never see each other's data; every field can be overridden.
import { randomUUID } from "node:crypto";
import type { Actor, ActorKind, MembershipRole, ModerationStatus, PlatformRole, Prisma, TerritoryKind, User } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { buildSearchKey } from "@/lib/directory/directory";

/** Eight hex characters, enough to tell apart the rows of one run. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** What `can` and the mutations take: the same shape as lib/auth/permissions' Principal. */
export type TestPrincipal = { id: string; platformRole: PlatformRole };
export type TestUser = User & { principal: TestPrincipal };

export type UserOverrides = Omit<Partial<Prisma.UserUncheckedCreateInput>, "platformRole" | "emailVerified" | "passwordHash"> & {
  /** Whether the e-mail address is confirmed (emailVerified set): true unless told. */
  confirmed?: boolean;
  /** Hashed as the application does, for tests that sign in with it. */
  password?: string;
  /** A stored hash as is (e.g. one that is not valid), instead of `password`. */
  passwordHash?: string | null;
};

/** A person: a unique address and name, confirmed, no password unless given. */
export async function makeUser(platformRole: PlatformRole = "USER", overrides: UserOverrides = {}): Promise<TestUser> {
  const { confirmed = true, password, passwordHash, ...data } = overrides;
  const user = await db.user.create({
    data: {
      email: `${randomUUID()}@exemple.fr`,
      name: `Personne ${uniqueSuffix()}`,
      emailVerified: confirmed ? new Date() : null,
      passwordHash: password ? await hashPassword(password) : (passwordHash ?? null),
      ...data,
      platformRole,
    },
  });
  return { ...user, principal: { id: user.id, platformRole } };
}

export type Member = { user: { id: string }; role?: MembershipRole };

export type OrganisationOptions = {
  /** The exact name; by default `label` (« Organisation ») followed by a unique suffix. */
  name?: string;
  label?: string;
  kind?: ActorKind;
  /** PUBLISHED unless told. */
  status?: ModerationStatus;
  verified?: boolean;
  /** Now for a published organisation, none otherwise, unless given. */
  publishedAt?: Date | null;
  description?: string;
  /** Territory ids (see territoryId). */
  territories?: number[];
  sdgs?: number[];
  /** People in it: MEMBER unless a role is given. */
  members?: Member[];
};

/** An organisation (an Actor row), with its territories, SDGs and memberships. */
export async function makeOrganisation(options: OrganisationOptions = {}): Promise<Actor> {
  const suffix = uniqueSuffix();
  const name = options.name ?? `${options.label ?? "Organisation"} ${suffix}`;
  const description = options.description ?? "";
  const status = options.status ?? "PUBLISHED";
  return db.actor.create({
    data: {
      name,
      kind: options.kind ?? "ASSOCIATION",
      slug: `${name.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-")}-${suffix}`,
      searchKey: buildSearchKey(name, description),
      description,
      status,
      verified: options.verified ?? false,
      publishedAt: options.publishedAt !== undefined ? options.publishedAt : status === "PUBLISHED" ? new Date() : null,
      memberships: { create: (options.members ?? []).map(({ user, role }) => ({ userId: user.id, role: role ?? "MEMBER" })) },
      territories: { create: (options.territories ?? []).map((territoryId) => ({ territoryId })) },
      sdgs: { create: (options.sdgs ?? []).map((sdgNumber) => ({ sdgNumber })) },
    },
  });
}

export type OrganisationWithUser = Actor & { user: TestUser };

/** An organisation with one person in it, as `role` (ADMIN unless told); made unless given. */
export async function makeOrganisationWithUser(
  role: MembershipRole = "ADMIN",
  options: Omit<OrganisationOptions, "members"> & { user?: TestUser } = {},
): Promise<OrganisationWithUser> {
  const { user: given, ...organisation } = options;
  const user = given ?? (await makeUser());
  const actor = await makeOrganisation({ ...organisation, members: [{ user, role }] });
  return { ...actor, user };
}

export type OrganisationWithTeam = Actor & { admin: TestUser; member: TestUser };

/** An organisation with an admin and a plain member, both made here. */
export async function makeOrganisationWithTeam(options: Omit<OrganisationOptions, "members"> = {}): Promise<OrganisationWithTeam> {
  const admin = await makeUser();
  const member = await makeUser();
  const actor = await makeOrganisation({
    ...options,
    members: [
      { user: admin, role: "ADMIN" },
      { user: member, role: "MEMBER" },
    ],
  });
  return { ...actor, admin, member };
}

/** The id of a territory of the reference data the global setup loaded. */
export async function territoryId(kind: TerritoryKind, code: string): Promise<number> {
  const territory = await db.territory.findUniqueOrThrow({ where: { kind_code: { kind, code } }, select: { id: true } });
  return territory.id;
}
