// The French order of names in SQL. The databases use the C collation (byte order, where
// "Île-de-France" comes after "Provence-Alpes-Côte d'Azur"), so every ORDER BY on a name shown to
// people says how to sort:
// - territories by their "searchKey" (lower case, no accents: the unaccented sort key, indexed
//   with their kind, so the paginated lists of communes stay index scans);
// - other names, in small lists, with `ORDER BY x.name ${FRENCH_COLLATION}`. "fr-x-icu" is one of
//   the ICU collations initdb creates on every ICU-enabled build: Debian's PostgreSQL 15 (CI) and
//   the embedded PostgreSQL 17 both have it, so no migration creates it.
// The JavaScript counterpart is compareFrench in lib/text/sort.ts.
import { Prisma } from "@/generated/prisma/client";

export const FRENCH_COLLATION = Prisma.raw(`COLLATE "fr-x-icu"`);
