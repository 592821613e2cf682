"use server";
// The only entry from the network forms: requireUser → parse → the scope of the organisation the
// form acts for, read from the database → assertCan → the mutation (which checks again in its
// transaction) → one ActionState → revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/accounts/authenticate";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { networksLabels } from "@/lib/copy/networks";
import { paths } from "@/lib/paths";
import { decideLink, endLink, recommendKit, requestLink } from "./networks.mutations";
import { getNetworkScope } from "./networks.queries";
import { kitRecommendationSchema, linkDecisionSchema, linkEndSchema, linkRequestSchema } from "./networks.schemas";

const m = networksLabels.messages;

const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });

/** Both sides' pages change, and, for a link, the public profiles that list local teams. */
function revalidateNetwork(publicPages: PublicPagesRefresh | null, ...actorIds: string[]) {
  for (const id of actorIds) revalidatePath(paths.organisationNetwork(id));
  publicPages?.all();
}

export async function requestLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(linkRequestSchema, formData);
  if (!parsed.success) return parsed.state;
  let otherName: string;
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principal, "network.manage", await getActorScope(principal, parsed.data.actorId));
    publicPages = await claimPublicPagesRefresh(principal);
    ({ otherName } = await requestLink(principal, parsed.data, { ip: await clientIp() }));
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateNetwork(publicPages, parsed.data.actorId, parsed.data.otherId);
  return { status: "success", message: m.requestSent(otherName) };
}

export async function decideLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(linkDecisionSchema, formData);
  if (!parsed.success) return { status: "error", message: m.linkNotFound };
  let accepted: boolean;
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principal, "network.manage", await getActorScope(principal, parsed.data.actorId));
    publicPages = await claimPublicPagesRefresh(principal);
    ({ accepted } = await decideLink(principal, parsed.data, { ip: await clientIp() }));
  } catch (error) {
    return errorState(error);
  }
  revalidateNetwork(publicPages, parsed.data.actorId);
  revalidatePath(paths.workspace());
  // The answered request leaves the table (and its form with it): the page says what happened.
  redirect(paths.organisationNetwork(parsed.data.actorId, { info: accepted ? "acceptee" : "refusee" }));
}

export async function endLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(linkEndSchema, formData);
  if (!parsed.success) return { status: "error", message: m.linkNotFound };
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principal, "network.manage", await getActorScope(principal, parsed.data.actorId));
    publicPages = await claimPublicPagesRefresh(principal);
    await endLink(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateNetwork(publicPages, parsed.data.actorId);
  redirect(paths.organisationNetwork(parsed.data.actorId, { info: "terminee" }));
}

export async function recommendKitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(kitRecommendationSchema, formData);
  if (!parsed.success) return parsed.state;
  let count: number;
  try {
    assertCan(principal, "network.recommend", await getNetworkScope(principal, parsed.data.headId, parsed.data.teamId));
    ({ count } = await recommendKit(principal, parsed.data, { ip: await clientIp() }));
  } catch (error) {
    return errorState(error, formData);
  }
  // A recommendation shows on the two organisations' workspace pages only, never on a public one.
  revalidateNetwork(null, parsed.data.headId);
  return { status: "success", message: m.recommended(count) };
}
