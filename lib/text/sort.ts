// The one French order of names, in JavaScript: accents and case do not count ("Île-de-France"
// among the I's, "Émile" among the E's) and numbers compare as numbers ("Paris 2e" before
// "Paris 10e"). The SQL counterparts are described in lib/db/collation.ts.

export const frenchCollator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/** Compares two names in French order; usable directly as a sort callback. */
export function compareFrench(a: string, b: string): number {
  return frenchCollator.compare(a, b);
}

/** A copy of the list sorted by a name in French order (ties keep their order: sort is stable). */
export function sortByFrench<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((x, y) => frenchCollator.compare(name(x), name(y)));
}
