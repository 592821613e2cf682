"use server";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { getPrincipal, requireUser } from "@/lib/auth/session";
import { absoluteUrl } from "@/lib/http/base-url";
import { paths } from "@/lib/paths";
import { contactActor } from "./contact.mutations";
import { actorContactSchema } from "./contact.schemas";

export async function contactActorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireUser();
  const parsed = parseFormData(actorContactSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    const base = await absoluteUrl("");
    await contactActor(await getPrincipal(), parsed.data, (slug) => `${base}${paths.actor(slug)}`);
  } catch (error) {
    return errorState(error, formData);
  }
  return { status: "success", message: "Votre message a été envoyé aux administrateurs de l'organisation. Ils vous répondront par e-mail." };
}
