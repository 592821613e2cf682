// French copy of the public directories (actors, alliances, SDGs, map); part of the catalogue in lib/labels.ts.
export const directoryLabels = {} as const;
