import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ForbiddenError, GENERIC_ERROR_MESSAGE, RateLimitError } from "@/lib/errors";
import { log } from "@/lib/log/logger";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null; platformRole: "USER" | "STAFF" | "ADMIN" } }));
const revalidatePath = vi.hoisted(() => vi.fn());
const redirect = vi.hoisted(() =>
  vi.fn((to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  }),
);

vi.mock("next/cache", () => ({ revalidatePath }));
vi.mock("next/navigation", () => ({ redirect }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) redirect("/connexion");
    return session.user;
  },
}));

const formActions = await import("./form-action");
const { formAction, publicFormAction } = formActions;

const schema = z.object({ title: z.string().trim().min(3, "Le titre est trop court."), count: z.coerce.number().int().min(1, "Au moins 1.") });
const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};
const idle = { status: "idle" as const };

beforeEach(() => {
  session.user = { id: "u1", email: "a@example.org", name: "A", platformRole: "USER" };
  revalidatePath.mockClear();
  redirect.mockClear();
});

describe("formAction", () => {
  it("returns every field error at once with the values sent, and runs nothing", async () => {
    const run = vi.fn();
    const action = formAction({ schema, run });
    const state = await action(idle, form({ title: "a", count: "0", password: "secret" }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ title: ["Le titre est trop court."], count: ["Au moins 1."] });
    expect(state.values).toEqual({ title: "a", count: "0" });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers a tampered one-button form with its message, not with field errors", async () => {
    const action = formAction({ schema, invalidMessage: "Élément introuvable.", run: vi.fn() });
    expect(await action(idle, form({}))).toEqual({ status: "error", message: "Élément introuvable." });
  });

  it("checks the permission with the scope read for the data, before running", async () => {
    const run = vi.fn();
    const scope = vi.fn(async () => ({ actorId: "a1", membershipRole: null }));
    const action = formAction({ schema, permission: { operation: "membership.invite", scope }, run });
    const state = await action(idle, form({ title: "Titre", count: "2" }));
    expect(scope).toHaveBeenCalledWith({ title: "Titre", count: 2 }, expect.objectContaining({ principal: { id: "u1", platformRole: "USER" } }));
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/droits/), values: { title: "Titre", count: "2" } });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs, revalidates and shows the success message", async () => {
    const action = formAction({
      schema,
      permission: { operation: "actor.create" },
      run: async (data, { user }) => ({ message: `${data.title} pour ${user.id}`, revalidate: ["/espace/a", "/admin/b"] }),
    });
    expect(await action(idle, form({ title: " Titre ", count: "2" }))).toEqual({ status: "success", message: "Titre pour u1", values: undefined });
    expect(revalidatePath.mock.calls).toEqual([["/espace/a"], ["/admin/b"]]);
  });

  it("refuses to mark a public page stale outside the counted claim", async () => {
    const action = formAction({ schema, run: async () => ({ revalidate: ["/espace/a", "/acteurs/x"] }) });
    await expect(action(idle, form({ title: "Titre", count: "1" }))).rejects.toThrow(/claimPublicPagesRefresh/);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("redirects after a success, outside the error handling", async () => {
    const action = formAction({ schema, run: async () => ({ redirect: "/espace" }) });
    await expect(action(idle, form({ title: "Titre", count: "1" }))).rejects.toMatchObject({ digest: expect.stringContaining("/espace") });
  });

  it("turns expected errors into their French message and keeps the values", async () => {
    const action = formAction({
      schema,
      run: async () => {
        throw new RateLimitError(30);
      },
    });
    expect(await action(idle, form({ title: "Titre", count: "1" }))).toMatchObject({
      status: "error",
      message: "Trop de tentatives. Réessayez dans 30 secondes.",
      values: { title: "Titre" },
    });
  });

  it("logs an unexpected error and shows only the generic message", async () => {
    const logged = vi.spyOn(log, "error");
    const action = formAction({
      schema,
      run: async () => {
        throw new Error("connection refused at 10.0.0.3");
      },
    });
    const state = await action(idle, form({ title: "Titre", count: "1" }));
    expect(state).toMatchObject({ status: "error", message: GENERIC_ERROR_MESSAGE, values: { title: "Titre", count: "1" } });
    expect(JSON.stringify(state)).not.toContain("10.0.0.3");
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.objectContaining({ message: "connection refused at 10.0.0.3" }) }),
      expect.any(String),
    );
    logged.mockRestore();
  });

  it("sends an anonymous visitor to the sign-in page without parsing or running", async () => {
    session.user = null;
    const run = vi.fn();
    await expect(formAction({ schema, run })(idle, form({ title: "Titre", count: "1" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/connexion"),
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("lets public actions run for anonymous visitors, with a null principal", async () => {
    session.user = null;
    const action = publicFormAction({
      schema,
      permission: { operation: "actor.create" },
      run: vi.fn(),
    });
    // Fails closed: an operation that needs a user is refused to the anonymous visitor.
    expect(await action(idle, form({ title: "Titre", count: "1" }))).toMatchObject({ status: "error", message: expect.stringMatching(/droits/) });
    const open = publicFormAction({ schema, run: async (_data, { principal }) => ({ message: principal === null ? "anonyme" : "connecté" }) });
    expect(await open(idle, form({ title: "Titre", count: "1" }))).toMatchObject({ status: "success", message: "anonyme" });
  });

  it("passes the form data to the run and marks the action as declared", async () => {
    const run = vi.fn(async (_data: unknown, context: { formData: FormData }) => ({ message: String(context.formData.getAll("tag").length) }));
    const action = formAction({ schema, run });
    const data = form({ title: "Titre", count: "1" });
    data.append("tag", "a");
    data.append("tag", "b");
    expect(await action(idle, data)).toMatchObject({ message: "2" });
    expect(action[formActions.FORM_ACTION]).toBe(true);
  });

  it("reports a forbidden error thrown by the scope with its own message", async () => {
    const action = formAction({
      schema,
      permission: {
        operation: "membership.leave",
        scope: async () => {
          throw new ForbiddenError("Vous êtes le dernier administrateur.");
        },
      },
      run: vi.fn(),
    });
    expect(await action(idle, form({ title: "Titre", count: "1" }))).toMatchObject({ status: "error", message: "Vous êtes le dernier administrateur." });
  });

  it("reads repeated fields as lists, groups their items' errors and echoes them whole", async () => {
    const listSchema = z.object({
      title: z.string().min(3, "Le titre est trop court."),
      tags: z.array(z.string().max(3, "Trop long.")).min(1, "Au moins un."),
    });
    const run = vi.fn(async (data: { tags: string[] }) => ({ message: data.tags.join("+") }));
    const action = formAction({ schema: listSchema, lists: ["tags"], run });
    const ok = form({ title: "Titre" });
    for (const tag of ["a", "", "b"]) ok.append("tags", tag);
    expect(await action(idle, ok)).toMatchObject({ status: "success", message: "a+b" });

    const refused = form({ title: "a" });
    for (const tag of ["abc", "abcd"]) refused.append("tags", tag);
    expect(await action(idle, refused)).toMatchObject({
      fieldErrors: { title: ["Le titre est trop court."], tags: ["Trop long."] },
      values: { title: "a", tags: "abc,abcd" },
    });
    expect(await action(idle, form({ title: "Titre" }))).toMatchObject({ fieldErrors: { tags: ["Au moins un."] } });
  });

  it("joins the errors of an uploaded file to the schema's, and refuses a valid form with a bad file", async () => {
    const run = vi.fn();
    const action = formAction({
      schema,
      fileErrors: async (data): Promise<Record<string, string[]>> => (data.get("file") ? { file: ["Fichier refusé."] } : {}),
      run,
    });
    const both = form({ title: "a", count: "1", file: "x" });
    expect((await action(idle, both)).fieldErrors).toEqual({ title: ["Le titre est trop court."], file: ["Fichier refusé."] });
    expect(await action(idle, form({ title: "Titre", count: "1", file: "x" }))).toMatchObject({
      status: "error",
      fieldErrors: { file: ["Fichier refusé."] },
      values: { title: "Titre" },
    });
    expect(run).not.toHaveBeenCalled();
  });
});
