// The French order of names in SQL. "fr-x-icu" is one of the ICU collations that initdb creates
// on every ICU-enabled build: PostgreSQL 15 of Debian (CI) and the embedded PostgreSQL 17 both
// have it, so no migration is needed. The databases themselves use the C collation (byte order,
// where "Île-de-France" comes after "Provence-Alpes-Côte d'Azur"): every ORDER BY on a name shown
// to people adds this. Use as `ORDER BY t.name ${FRENCH_COLLATION}, t.code`.
import { Prisma } from "@/generated/prisma/client";

export const FRENCH_COLLATION = Prisma.raw(`COLLATE "fr-x-icu"`);
