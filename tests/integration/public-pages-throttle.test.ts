// "Signed-in users can empty the page cache through unthrottled actions" (issue #18): the server
// actions are called as a browser would (session, headers and Next's cache functions stubbed), in a
// loop, and every call of Next's revalidatePath is recorded. The whole public cache ("/" layout)
// is marked stale at most RATE_LIMIT_PUBLIC_REFRESH times per user and window; past it, the action
// is refused with the French message and changes nothing. The budget is shared by every action
// that refreshes public pages, per user; staff have their own, higher one; reading notifications
// never touches the public cache.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
const revalidated = vi.hoisted(() => [] as string[]);

vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string, type?: string) => void revalidated.push(type ? `${path} (${type})` : path),
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/navigation", () => {
  const signal = (digest: string) => Object.assign(new Error(digest), { digest });
  return {
    redirect: (url: string) => {
      throw signal(`NEXT_REDIRECT;replace;${url};307;`);
    },
    notFound: () => {
      throw signal("NEXT_HTTP_ERROR_FALLBACK;404");
    },
    forbidden: () => {
      throw signal("NEXT_HTTP_ERROR_FALLBACK;403");
    },
  };
});

import { initialActionState, type ActionState } from "@/lib/action-state";
import { db } from "@/lib/db";
import { publishDiagnosticAction, unpublishDiagnosticAction } from "@/lib/diagnostics/diagnostics.actions";
import { completeDiagnostic, saveAnswers, startDiagnostic } from "@/lib/diagnostics/diagnostics.mutations";
import { exampleAnswers } from "@/lib/diagnostics/test-fixtures";
import { rateKitAction } from "@/lib/kits/feedback.actions";
import { decideModerationAction } from "@/lib/moderation/moderation.actions";
import { markAllReadAction } from "@/lib/notifications/notifications.actions";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeUser as makeTestUser } from "../support/factories";

const USER_LIMIT = 5;
const STAFF_LIMIT = 8;
const TOO_MANY = /^Trop de modifications en peu de temps\. Réessayez dans \d+ (secondes|minutes)\.$/;
const WHOLE_CACHE = "/ (layout)";

beforeAll(async () => {
  process.env.RATE_LIMIT_PUBLIC_REFRESH = `${USER_LIMIT}/600`;
  process.env.RATE_LIMIT_PUBLIC_REFRESH_STAFF = `${STAFF_LIMIT}/600`;
  await seedDiagnosticTemplate(db);
});

afterAll(async () => {
  delete process.env.RATE_LIMIT_PUBLIC_REFRESH;
  delete process.env.RATE_LIMIT_PUBLIC_REFRESH_STAFF;
  await db.$disconnect();
});

beforeEach(() => {
  revalidated.length = 0;
});

const wholeCacheRefreshes = () => revalidated.filter((entry) => entry === WHOLE_CACHE).length;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** A server action's answer; Next's redirect signal counts as a success. */
async function call(action: (state: ActionState, data: FormData) => Promise<ActionState>, fields: Record<string, string>): Promise<ActionState> {
  try {
    return await action(initialActionState, form(fields));
  } catch (error) {
    if (String((error as { digest?: string }).digest).startsWith("NEXT_REDIRECT")) return { status: "success", message: "redirection" };
    throw error;
  }
}

/** Only the id: what the stubbed session carries. */
async function makeUser(platformRole: "USER" | "STAFF" = "USER") {
  return (await makeTestUser(platformRole)).id;
}

/** An organisation administered by `userId`, with one completed diagnostic. */
async function organisationWithDiagnostic(userId: string) {
  const suffix = randomUUID().slice(0, 8);
  const actor = await db.actor.create({
    data: {
      name: `Association ${suffix}`,
      slug: `association-${suffix}`,
      searchKey: `association ${suffix}`,
      kind: "ASSOCIATION",
      memberships: { create: { userId, role: "ADMIN" } },
    },
  });
  const principal = { id: userId, platformRole: "USER" as const };
  const territoryId = (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } } })).id;
  const { id } = await startDiagnostic(principal, { actorId: actor.id, territoryId });
  const saved = await saveAnswers(principal, id, { answers: exampleAnswers(), version: 1 });
  await completeDiagnostic(principal, id, saved.version);
  return { actorId: actor.id, diagnosticId: id };
}

describe("a signed-in user looping over actions that refresh public pages", () => {
  it("refreshes the whole cache at most the limit, then is refused in French and changes nothing", async () => {
    session.userId = await makeUser();
    const { diagnosticId } = await organisationWithDiagnostic(session.userId);
    const answers: ActionState[] = [];
    for (let index = 0; index < USER_LIMIT + 7; index += 1) {
      answers.push(await call(index % 2 === 0 ? publishDiagnosticAction : unpublishDiagnosticAction, { id: diagnosticId }));
    }
    expect(answers.slice(0, USER_LIMIT).map((answer) => answer.status)).toEqual(Array(USER_LIMIT).fill("success"));
    for (const answer of answers.slice(USER_LIMIT)) {
      expect(answer.status).toBe("error");
      expect(answer.message).toMatch(TOO_MANY);
    }
    expect(wholeCacheRefreshes()).toBe(USER_LIMIT);
    // The fifth call published it; the refused unpublish after it changed nothing.
    expect((await db.diagnostic.findUniqueOrThrow({ where: { id: diagnosticId } })).status).toBe("PUBLISHED");
    expect(await db.auditLog.count({ where: { entityId: diagnosticId, action: { in: ["diagnostic.published", "diagnostic.unpublished"] } } })).toBe(USER_LIMIT);

    // The budget is the user's, whatever the action: rating a kit is refused too, and stored nothing.
    const kit = await db.kit.create({
      data: {
        title: "Kit à noter",
        slug: `kit-${randomUUID().slice(0, 8)}`,
        searchKey: "kit a noter",
        category: "METHODE",
        audiences: [],
        maturityLevels: [1],
        themes: [],
        status: "PUBLISHED",
        currentVersion: 1,
        publishedAt: new Date(),
        versions: { create: [{ number: 1, category: "METHODE", title: "Kit à noter", summary: "Résumé", body: "Corps" }] },
      },
    });
    const rating = await call(rateKitAction, { kitId: kit.id, rating: "5" });
    expect(rating.message).toMatch(TOO_MANY);
    expect(await db.feedback.count({ where: { kitId: kit.id } })).toBe(0);
    expect(revalidated.filter((entry) => entry.startsWith("/ressources/"))).toEqual([]);

    // Another user has a budget of their own.
    session.userId = await makeUser();
    const other = await organisationWithDiagnostic(session.userId);
    expect((await call(publishDiagnosticAction, { id: other.diagnosticId })).status).toBe("success");
    expect(wholeCacheRefreshes()).toBe(USER_LIMIT + 1);
  });

  it("never touches the public cache when reading notifications, however often", async () => {
    session.userId = await makeUser();
    for (let index = 0; index < USER_LIMIT * 3; index += 1) expect((await call(markAllReadAction, {})).status).toBe("success");
    expect(wholeCacheRefreshes()).toBe(0);
    expect(new Set(revalidated)).toEqual(new Set(["/espace (layout)"]));
  });
});

describe("platform staff deciding the moderation queue", () => {
  it("have the higher staff limit, and a refused decision leaves the item pending", async () => {
    const staffId = await makeUser("STAFF");
    const owner = await makeUser();
    const { actorId } = await organisationWithDiagnostic(owner);
    const territoryId = (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } } })).id;
    const needs = [];
    for (let index = 0; index < STAFF_LIMIT + 2; index += 1) {
      needs.push(
        await db.need.create({
          data: {
            actorId,
            territoryId,
            title: `Besoin ${index}`,
            description: "À modérer.",
            mode: "MECENAT",
            mecenatKind: "COMPETENCES",
            theme: "LOGEMENT",
            status: "PENDING",
          },
        }),
      );
    }
    session.userId = staffId;
    const answers = [];
    for (const need of needs) answers.push(await call(decideModerationAction, { kind: "need", id: need.id, decision: "approve" }));
    expect(answers.filter((answer) => answer.status === "success")).toHaveLength(STAFF_LIMIT);
    for (const answer of answers.slice(STAFF_LIMIT)) expect(answer.message).toMatch(TOO_MANY);
    expect(wholeCacheRefreshes()).toBe(STAFF_LIMIT);
    const statuses = await db.need.findMany({ where: { id: { in: needs.map((need) => need.id) } }, select: { status: true } });
    expect(statuses.filter((row) => row.status === "PUBLISHED")).toHaveLength(STAFF_LIMIT);
    expect(statuses.filter((row) => row.status === "PENDING")).toHaveLength(2);
  });
});
