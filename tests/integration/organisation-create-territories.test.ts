// Creating an organisation asks for its territories of action (issue #19): the profile could not
// be saved later without one. Through the real server action: a form without territory, or with
// an unknown one, is refused with the French error next to the territory picker, what was typed
// kept, and nothing written; the mutation refuses it too when called without the schema.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initialActionState as initial } from "@/lib/action-state";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { organisationsLabels } from "@/lib/copy/organisations";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";

type TestUser = { id: string; email: string; name: string | null; platformRole: "USER" | "STAFF" | "ADMIN" };
const who = vi.hoisted(() => ({ user: null as TestUser | null }));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/auth/auth", () => ({ auth: vi.fn(async () => null), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => who.user,
  requireUser: async () => {
    if (!who.user) throw new Error("test: nobody is signed in");
    return who.user;
  },
}));

const { createOrganisationAction } = await import("@/lib/organisations/organisations.actions");
const { createOrganisation } = await import("@/lib/organisations/organisations.mutations");

const m = organisationsLabels.messages;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

const organisationsNamed = (name: string) => db.actor.count({ where: { name } });

beforeEach(async () => {
  const email = `${randomUUID()}@exemple.fr`;
  who.user = await db.user.create({
    data: { email, name: "Créatrice", emailVerified: new Date() },
    select: { id: true, email: true, name: true, platformRole: true },
  });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("creating an organisation", () => {
  it("refuses a form without territory, next to the picker, keeping what was typed and writing nothing", async () => {
    const name = `Jardins ${randomUUID().slice(0, 8)}`;
    const state = await createOrganisationAction(initial, form({ name, kind: "ASSOCIATION", description: "Des jardins." }));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { territories: [m.territoriesRequired] },
      values: { name, kind: "ASSOCIATION", description: "Des jardins." },
    });
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(["territories"]);
    expect(await organisationsNamed(name)).toBe(0);
  });

  it("gives the territory's error with the other fields' errors at once", async () => {
    const state = await createOrganisationAction(initial, form({ name: "X", kind: "", territories: [""] }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["kind", "name", "territories"]);
  });

  it("refuses an unknown territory, writing nothing", async () => {
    const name = `Jardins ${randomUUID().slice(0, 8)}`;
    const state = await createOrganisationAction(initial, form({ name, kind: "ASSOCIATION", territories: ["commune-00000"] }));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { territories: [organisationProfileCopy.messages.territoryInvalid] },
      values: { name, territories: "commune-00000" },
    });
    expect(await organisationsNamed(name)).toBe(0);
  });

  it("creates it with its territories, then goes to its page", async () => {
    const name = `Jardins ${randomUUID().slice(0, 8)}`;
    const sent = createOrganisationAction(initial, form({ name, kind: "ASSOCIATION", territories: ["commune-42218", "departement-42"] }));
    await expect(sent).rejects.toMatchObject({ digest: expect.stringContaining("/espace/organisations/") });
    const actor = await db.actor.findFirstOrThrow({
      where: { name },
      select: { territories: { select: { territory: { select: { kind: true, code: true } } } } },
    });
    expect(actor.territories.map((link) => `${link.territory.kind}-${link.territory.code}`).sort()).toEqual(["COMMUNE-42218", "DEPARTEMENT-42"]);
  });

  it("is refused by the mutation itself without any territory", async () => {
    const name = `Jardins ${randomUUID().slice(0, 8)}`;
    const error = await createOrganisation({ id: who.user!.id, platformRole: "USER" }, { name, kind: "ASSOCIATION", description: "", territories: [] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ territories: [m.territoriesRequired] });
    expect(await organisationsNamed(name)).toBe(0);
  });
});
