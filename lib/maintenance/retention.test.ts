import { describe, expect, it } from "vitest";
import { DEFAULT_MAIL_LOG_RETENTION_DAYS, mailLogRetentionDays, retentionCutoff } from "@/lib/maintenance/retention";

describe("mail log retention", () => {
  it("reads a whole number of days, and falls back to the default on anything else", () => {
    expect(mailLogRetentionDays({})).toBe(DEFAULT_MAIL_LOG_RETENTION_DAYS);
    expect(mailLogRetentionDays({ MAIL_LOG_RETENTION_DAYS: "30" })).toBe(30);
    for (const value of ["0", "-5", "1.5", "trente", ""])
      expect(mailLogRetentionDays({ MAIL_LOG_RETENTION_DAYS: value })).toBe(DEFAULT_MAIL_LOG_RETENTION_DAYS);
  });

  it("puts the cutoff that many days before now", () => {
    expect(retentionCutoff(new Date("2026-03-31T12:00:00Z"), 30).toISOString()).toBe("2026-03-01T12:00:00.000Z");
  });
});
