// Reference data no mutation or action writes (territories, SDGs): the suites that watch every
// table for writes (the cross-tenant matrix's checksums, the fuzzing's triggers) leave these out
// to stay fast. One list, so that a table added here is left out by both.
export const REFERENCE_TABLES: readonly string[] = ["Territory", "TerritoryAncestor", "TerritoryMembership", "Sdg", "SdgTarget"];
