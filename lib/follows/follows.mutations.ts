import "server-only";
// A person's follows. Every where clause carries `userId: principal.id`: someone else's follow is
// simply not found (its existence is not revealed), and changes nothing. Follows are the person's
// own view settings, like the notification preference: not audited.
import type { FollowRhythm } from "@/generated/prisma/enums";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { createToken } from "@/lib/auth/tokens";
import { followsCopy as c } from "@/lib/copy/follows";
import { actorSearch } from "@/lib/actors/actors.schemas";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { resolveTerritoryParam } from "@/lib/directory/territory-choice.queries";
import { paths } from "@/lib/paths";
import { followOfActor, followOfAlliance, followOfSearch, followOfTerritory, type FollowDraft } from "./follows";
import type { FollowSearchInput, FollowTargetInput } from "./follows.schemas";

function signedIn(principal: Principal): NonNullable<Principal> {
  if (!principal) throw new ForbiddenError();
  assertCan(principal, "follow.manage", { targetUserId: principal.id });
  return principal;
}

export type FollowOutcome = { id: string; label: string; created: boolean };

/** Following twice is one follow: the same key finds the existing row. */
async function saveFollow(userId: string, draft: FollowDraft): Promise<FollowOutcome> {
  const existing = await db.follow.findUnique({ where: { userId_key: { userId, key: draft.key } }, select: { id: true, label: true } });
  if (existing) return { ...existing, created: false };
  const row = await db.follow.upsert({
    where: { userId_key: { userId, key: draft.key } },
    create: { ...draft, userId, unsubscribeToken: createToken() },
    update: {},
    select: { id: true, label: true },
  });
  return { ...row, created: true };
}

/** Follows a directory search, as the server reads it from the page's own query string. */
export async function followSearch(principal: Principal, input: FollowSearchInput): Promise<FollowOutcome> {
  const user = signedIn(principal);
  // Only the actors' directory is followable for now: its facets are all typed columns of Follow.
  if (input.directory !== "acteurs") throw new ValidationError({ directory: [c.invalid] });
  const state = actorSearch.parse(Object.fromEntries(groupParams(new URLSearchParams(input.query))));
  const territory = await resolveTerritoryParam(state.territory);
  const href = actorSearch.href({ ...state, page: 1, sort: "pertinence", view: "liste" });
  const draft = followOfSearch(
    {
      directory: "acteurs",
      q: state.q,
      territory: territory ? { id: territory.id, name: territory.name } : null,
      scope: state.scope ?? null,
      sdgs: state.sdgs,
      actorKinds: state.kinds,
      modes: state.modes,
    },
    href,
  );
  return saveFollow(user.id, draft);
}

function groupParams(params: URLSearchParams): [string, string | string[]][] {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  return [...grouped].map(([key, values]) => [key, values.length === 1 ? values[0] : values]);
}

/** Follows a territory, or a published organisation or alliance; an unpublished one is not found. */
export async function followTarget(principal: Principal, input: FollowTargetInput): Promise<FollowOutcome> {
  const user = signedIn(principal);
  let draft: FollowDraft | null = null;
  if (input.target === "territory") {
    const id = Number(input.id);
    const territory = Number.isSafeInteger(id)
      ? await db.territory.findUnique({ where: { id }, select: { id: true, name: true, kind: true, code: true } })
      : null;
    if (territory) draft = followOfTerritory(territory, paths.territory(territory.kind, territory.code));
  } else if (input.target === "actor") {
    const actor = await db.actor.findFirst({ where: { id: input.id, status: "PUBLISHED" }, select: { id: true, name: true, slug: true } });
    if (actor) draft = followOfActor(actor, paths.actor(actor.slug));
  } else {
    // By slug: the cached public page of an alliance knows its slug, not its id.
    const alliance = await db.alliance.findFirst({ where: { slug: input.id, status: "PUBLISHED" }, select: { id: true, title: true, slug: true } });
    if (alliance) draft = followOfAlliance(alliance, paths.alliance(alliance.slug));
  }
  if (!draft) throw new NotFoundError(c.notFound);
  return saveFollow(user.id, draft);
}

async function ownLabel(userId: string, id: string): Promise<string> {
  const row = await db.follow.findFirst({ where: { id, userId }, select: { label: true } });
  if (!row) throw new NotFoundError(c.notFound);
  return row.label;
}

export async function setFollowRhythm(principal: Principal, input: { id: string; rhythm: FollowRhythm }): Promise<string> {
  const user = signedIn(principal);
  const label = await ownLabel(user.id, input.id);
  const { count } = await db.follow.updateMany({ where: { id: input.id, userId: user.id }, data: { rhythm: input.rhythm } });
  if (count === 0) throw new NotFoundError(c.notFound);
  return label;
}

export async function stopFollow(principal: Principal, id: string): Promise<string> {
  const user = signedIn(principal);
  const label = await ownLabel(user.id, id);
  const { count } = await db.follow.deleteMany({ where: { id, userId: user.id } });
  if (count === 0) throw new NotFoundError(c.notFound);
  return label;
}

/**
 * The e-mails' one-click unsubscribe: the token alone (no sign-in, RFC 8058) sets its own follow's
 * rhythm to NEVER; the follow and its in-app notifications stay. Null for an unknown token.
 */
export async function unsubscribeFollow(token: string): Promise<{ label: string } | null> {
  const rows = await db.follow.updateManyAndReturn({ where: { unsubscribeToken: token }, data: { rhythm: "NEVER" }, select: { label: true } });
  return rows[0] ?? null;
}
