import { z } from "zod";

export const actorContactSchema = z.object({
  actorSlug: z.string().trim().min(1).max(200),
  subject: z.string().trim().min(1, "Indiquez l'objet de votre message.").max(150, "L'objet ne doit pas dépasser 150 caractères."),
  message: z.string().trim().min(20, "Votre message doit faire au moins 20 caractères.").max(4000, "Votre message ne doit pas dépasser 4 000 caractères."),
});
export type ActorContact = z.infer<typeof actorContactSchema>;
