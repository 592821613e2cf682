// The order partners are listed in on every page: the lead first (PartnerRole's enum order, as the
// SQL's ORDER BY role gives it), then by name in French order. Pure.
import { PartnerRole } from "@/generated/prisma/enums";
import { compareFrench } from "@/lib/text/sort";

const PARTNER_ROLES = Object.values(PartnerRole);

export function comparePartners(a: { role: PartnerRole; name: string }, b: { role: PartnerRole; name: string }): number {
  return PARTNER_ROLES.indexOf(a.role) - PARTNER_ROLES.indexOf(b.role) || compareFrench(a.name, b.name);
}
