import { describe, expect, it } from "vitest";
import {
  DEFAULT_IMPORT_PREVIEW_RETENTION_DAYS,
  DEFAULT_MAIL_LOG_RETENTION_DAYS,
  importPreviewRetentionDays,
  mailLogRetentionDays,
  retentionCutoff,
} from "@/lib/maintenance/retention";

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

  it("keeps unconfirmed import previews 7 days by default, or a whole number of days set", () => {
    expect(importPreviewRetentionDays({})).toBe(DEFAULT_IMPORT_PREVIEW_RETENTION_DAYS);
    expect(DEFAULT_IMPORT_PREVIEW_RETENTION_DAYS).toBe(7);
    expect(importPreviewRetentionDays({ IMPORT_PREVIEW_RETENTION_DAYS: "2" })).toBe(2);
    for (const value of ["0", "-1", "2.5", "sept", ""])
      expect(importPreviewRetentionDays({ IMPORT_PREVIEW_RETENTION_DAYS: value })).toBe(DEFAULT_IMPORT_PREVIEW_RETENTION_DAYS);
  });
});
