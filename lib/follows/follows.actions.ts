"use server";
// The follow forms (lib/actions/form-action.ts). A follow is only ever the caller's own: every
// mutation scopes its write by the caller's id, and someone else's follow is not found.
import { formAction, publicFormAction } from "@/lib/actions/form-action";
import { followsCopy as c } from "@/lib/copy/follows";
import { paths } from "@/lib/paths";
import { followSearch, followTarget, setFollowRhythm, stopFollow, unsubscribeFollow } from "./follows.mutations";
import { followIdSchema, followRhythmSchema, followSearchSchema, followTargetSchema, unsubscribeSchema } from "./follows.schemas";
import { NotFoundError } from "@/lib/errors";

const own = (_data: unknown, { principal }: { principal: { id: string } }) => ({ targetUserId: principal.id });

export const followSearchAction = formAction({
  schema: followSearchSchema,
  invalidMessage: c.invalid,
  permission: { operation: "follow.manage", scope: own },
  run: async (data, { principal }) => {
    const outcome = await followSearch(principal, data);
    return { message: outcome.created ? c.followed(outcome.label) : c.alreadyFollowed(outcome.label), revalidate: [paths.follows()] };
  },
});

export const followTargetAction = formAction({
  schema: followTargetSchema,
  invalidMessage: c.invalid,
  permission: { operation: "follow.manage", scope: own },
  run: async (data, { principal }) => {
    const outcome = await followTarget(principal, data);
    return { message: outcome.created ? c.followed(outcome.label) : c.alreadyFollowed(outcome.label), revalidate: [paths.follows()] };
  },
});

export const setFollowRhythmAction = formAction({
  schema: followRhythmSchema,
  permission: { operation: "follow.manage", scope: own },
  run: async (data, { principal }) => {
    const label = await setFollowRhythm(principal, data);
    return { message: c.page.rhythmSaved(label), revalidate: [paths.follows()], values: { rhythm: data.rhythm } };
  },
});

export const stopFollowAction = formAction({
  schema: followIdSchema,
  invalidMessage: c.notFound,
  permission: { operation: "follow.manage", scope: own },
  run: async (data, { principal }) => {
    const label = await stopFollow(principal, data.id);
    // No revalidation: the row stays as its message until the next visit (components/follows/follow-list.tsx).
    return { message: c.page.stopped(label) };
  },
});

/** The unsubscribe page's button: the token is the only credential, no sign-in needed. */
export const unsubscribeFollowAction = publicFormAction({
  schema: unsubscribeSchema,
  invalidMessage: c.unsubscribe.unknown,
  run: async (data) => {
    const done = await unsubscribeFollow(data.token);
    if (!done) throw new NotFoundError(c.unsubscribe.unknown);
    return { message: c.unsubscribe.done(done.label) };
  },
});
