// The nouns of the site's things with their gender, for sentences built by lib/text/french.ts
// ("l'alliance est validée", "le besoin est validé", "d'une offre"). Plain data: also bundled
// into client components.
import type { Noun } from "@/lib/text/french";

export const nouns = {
  organisation: { singular: "organisation", gender: "f" },
  alliance: { singular: "alliance", gender: "f" },
  need: { singular: "besoin", gender: "m" },
  offer: { singular: "offre", gender: "f" },
  profile: { singular: "profil", gender: "m" },
  kit: { singular: "kit", gender: "m" },
  actor: { singular: "acteur", gender: "m" },
} as const satisfies Record<string, Noun>;

/** What moderation decides on, by the kind names of lib/moderation. */
export const moderatedNouns = { actor: nouns.organisation, alliance: nouns.alliance, need: nouns.need, offer: nouns.offer } as const;
export type ModeratedKind = keyof typeof moderatedNouns;
