import { describe, expect, it } from "vitest";
import { isDemoRequested } from "./demo-mode";

describe("isDemoRequested", () => {
  it("seeds the demo for a newcomer's development run", () => {
    expect(isDemoRequested({})).toBe(true);
    expect(isDemoRequested({ NODE_ENV: "development" })).toBe(true);
  });

  it("never in production unless SEED_DEMO=true exactly", () => {
    expect(isDemoRequested({ NODE_ENV: "production" })).toBe(false);
    for (const value of ["1", "yes", "oui", "", "vrai"]) expect(isDemoRequested({ NODE_ENV: "production", SEED_DEMO: value })).toBe(false);
    expect(isDemoRequested({ NODE_ENV: "production", SEED_DEMO: "true" })).toBe(true);
    expect(isDemoRequested({ NODE_ENV: "production", SEED_DEMO: " TRUE " })).toBe(true);
  });

  it("SEED_DEMO=false turns it off anywhere", () => {
    expect(isDemoRequested({ SEED_DEMO: "false" })).toBe(false);
    expect(isDemoRequested({ NODE_ENV: "development", SEED_DEMO: "false" })).toBe(false);
  });
});
