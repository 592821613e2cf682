"use server";
// The only entry from the need/offer forms, declared through formAction (lib/actions/form-action.ts):
// the scope of the organisation (named by the form for a new one, read from the database for an
// existing one) is checked first, and the mutation checks it again in its transaction.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction, type SignedInContext } from "@/lib/actions/form-action";
import { getActorScope } from "@/lib/auth/scope.queries";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { paths } from "@/lib/paths";
import { KIND_SEGMENTS, type NeedOfferKind } from "./needs-offers";
import { tableOf } from "./needs-offers.db";
import { closeNeedOffer, createNeedOffer, updateNeedOffer } from "./needs-offers.mutations";
import { needOfferCloseSchema, needOfferCreateSchema, needOfferUpdateSchema } from "./needs-offers.schemas";

const m = needsOffersCopy.messages;

const pagesOf = (kind: NeedOfferKind, id: string) => [paths.needsOffers(), paths.needOffer(KIND_SEGMENTS[kind], id), paths.matchContacts()];

/** The scope of the organisation a need/offer belongs to, for the action's first check. */
async function ownerScope(data: { kind: NeedOfferKind; id: string }, { principal }: SignedInContext) {
  const row = await tableOf(db, data.kind).findUnique({ where: { id: data.id }, select: { actorId: true } });
  if (!row) throw new NotFoundError(m.notFound);
  return getActorScope(principal, row.actorId);
}

export const createNeedOfferAction = formAction({
  schema: needOfferCreateSchema,
  permission: { operation: (data) => `${data.kind}.create`, scope: (data, { principal }) => getActorScope(principal, data.actorId) },
  run: async (data, { principal }) => {
    const created = await createNeedOffer(principal, data, { ip: await clientIp() });
    // A new one waits for moderation: no public page shows it yet.
    return { revalidate: pagesOf(data.kind, created.id), redirect: paths.needOffer(KIND_SEGMENTS[data.kind], created.id) };
  },
});

// Published needs and offers show on their organisation's public page: an edit or a closing makes
// the public pages stale (claimed before the change, so that a refused claim changes nothing).
export const updateNeedOfferAction = formAction({
  schema: needOfferUpdateSchema,
  permission: { operation: (data) => `${data.kind}.update`, scope: ownerScope },
  run: async (data, { principal }) => {
    const publicPages = await claimPublicPagesRefresh(principal);
    await updateNeedOffer(principal, data, { ip: await clientIp() });
    publicPages.all();
    return { revalidate: pagesOf(data.kind, data.id), redirect: paths.needOffer(KIND_SEGMENTS[data.kind], data.id) };
  },
});

export const closeNeedOfferAction = formAction({
  schema: needOfferCloseSchema,
  invalidMessage: m.notFound,
  permission: { operation: (data) => `${data.kind}.update`, scope: ownerScope },
  run: async (data, { principal }) => {
    const publicPages = await claimPublicPagesRefresh(principal);
    await closeNeedOffer(principal, data, { ip: await clientIp() });
    publicPages.all();
    return { revalidate: pagesOf(data.kind, data.id), message: needsOffersCopy.detail.closeDone };
  },
});
