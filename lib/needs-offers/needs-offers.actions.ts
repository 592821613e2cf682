"use server";
// The only entry from the need/offer forms. Each action: who is asking (requireUser) → parse →
// the scope of the organisation, read from the database → assertCan → the mutation (which checks
// again in its transaction) → one ActionState → revalidate → redirect, outside try/catch.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/accounts/authenticate";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { paths } from "@/lib/paths";
import { KIND_SEGMENTS, type NeedOfferKind } from "./needs-offers";
import { tableOf } from "./needs-offers.db";
import { closeNeedOffer, createNeedOffer, updateNeedOffer } from "./needs-offers.mutations";
import { needOfferCloseSchema, needOfferCreateSchema, needOfferUpdateSchema } from "./needs-offers.schemas";

const m = needsOffersCopy.messages;
const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });

function revalidate(kind: NeedOfferKind, id: string, publicPages: PublicPagesRefresh | null) {
  revalidatePath(paths.needsOffers());
  revalidatePath(paths.needOffer(KIND_SEGMENTS[kind], id));
  revalidatePath(paths.matchContacts());
  // Published needs and offers show on their organisation's public page.
  publicPages?.all();
}

/** The organisation a need/offer belongs to, for the action's first check. */
async function ownerOf(kind: NeedOfferKind, id: string): Promise<string> {
  const row = await tableOf(db, kind).findUnique({ where: { id }, select: { actorId: true } });
  if (!row) throw new NotFoundError(m.notFound);
  return row.actorId;
}

export async function createNeedOfferAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(needOfferCreateSchema, formData);
  if (!parsed.success) return parsed.state;
  let created: { id: string };
  try {
    assertCan(principal, `${parsed.data.kind}.create`, await getActorScope(principal, parsed.data.actorId));
    created = await createNeedOffer(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  // A new one waits for moderation: no public page shows it yet.
  revalidate(parsed.data.kind, created.id, null);
  redirect(paths.needOffer(KIND_SEGMENTS[parsed.data.kind], created.id));
}

export async function updateNeedOfferAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(needOfferUpdateSchema, formData);
  if (!parsed.success) return parsed.state;
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principal, `${parsed.data.kind}.update`, await getActorScope(principal, await ownerOf(parsed.data.kind, parsed.data.id)));
    publicPages = await claimPublicPagesRefresh(principal);
    await updateNeedOffer(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidate(parsed.data.kind, parsed.data.id, publicPages);
  redirect(paths.needOffer(KIND_SEGMENTS[parsed.data.kind], parsed.data.id));
}

export async function closeNeedOfferAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(needOfferCloseSchema, formData);
  if (!parsed.success) return { status: "error", message: m.notFound };
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principal, `${parsed.data.kind}.update`, await getActorScope(principal, await ownerOf(parsed.data.kind, parsed.data.id)));
    publicPages = await claimPublicPagesRefresh(principal);
    await closeNeedOffer(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidate(parsed.data.kind, parsed.data.id, publicPages);
  return { status: "success", message: needsOffersCopy.detail.closeDone };
}
