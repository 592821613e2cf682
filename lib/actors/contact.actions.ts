"use server";
// The message a signed-in user writes to a published organisation from its public profile,
// declared through formAction (lib/actions/form-action.ts): writing needs an account (the admins
// answer by e-mail), so the anonymous visitor is sent to the sign-in page.
import { formAction } from "@/lib/actions/form-action";
import { actorContactLabels } from "@/lib/copy/directory-forms";
import { absoluteUrl } from "@/lib/http/base-url";
import { paths } from "@/lib/paths";
import { contactActor } from "./contact.mutations";
import { actorContactSchema } from "./contact.schemas";

export const contactActorAction = formAction({
  schema: actorContactSchema,
  permission: { operation: "actor.contact" },
  run: async (data, { principal }) => {
    const base = await absoluteUrl("");
    await contactActor(principal, data, (slug) => `${base}${paths.actor(slug)}`);
    return { message: actorContactLabels.sent };
  },
});
