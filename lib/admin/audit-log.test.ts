import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/audit.mutations";
import { adminLabels } from "@/lib/copy/admin";
import { auditDateRange, auditFilterQuery, describeAuditFilters, hasAuditFilters, isCalendarDay, nextDay, parisDayStart } from "./audit-log";
import { parseAuditSearchParams } from "./audit-log.schemas";

describe("parisDayStart", () => {
  it("starts a winter day at 23:00 UTC the day before", () => {
    expect(parisDayStart("2026-11-28").toISOString()).toBe("2026-11-27T23:00:00.000Z");
  });

  it("starts a summer day at 22:00 UTC the day before", () => {
    expect(parisDayStart("2026-07-14").toISOString()).toBe("2026-07-13T22:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    expect(parisDayStart("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(parisDayStart("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(parisDayStart("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(parisDayStart("2026-10-26").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });
});

describe("auditDateRange", () => {
  it("includes both days picked", () => {
    expect(auditDateRange("2026-11-01", "2026-11-28")).toEqual({ gte: new Date("2026-10-31T23:00:00Z"), lt: new Date("2026-11-28T23:00:00Z") });
  });

  it("reads days picked the wrong way round as the range they mean", () => {
    expect(auditDateRange("2026-11-28", "2026-11-01")).toEqual(auditDateRange("2026-11-01", "2026-11-28"));
  });

  it("leaves an open end open", () => {
    expect(auditDateRange(undefined, "2026-11-28")).toEqual({ lt: new Date("2026-11-28T23:00:00Z") });
    expect(auditDateRange()).toEqual({});
  });

  it("crosses months and years", () => {
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
  });
});

describe("isCalendarDay", () => {
  it("accepts real days only", () => {
    expect(isCalendarDay("2026-11-28")).toBe(true);
    for (const value of ["2026-02-30", "2026-13-01", "28/11/2026", "2026-11-28T00:00", "", "1899-01-01"]) expect(isCalendarDay(value)).toBe(false);
  });
});

describe("parseAuditSearchParams", () => {
  it("reads the filters of the URL", () => {
    expect(
      parseAuditSearchParams({ qui: " alice ", action: "role.granted", element: "User", id: "abc", du: "2026-11-01", au: "2026-11-28", page: "3" }),
    ).toEqual({
      filters: { who: "alice", action: "role.granted", entity: "User", entityId: "abc", from: "2026-11-01", to: "2026-11-28" },
      page: 3,
    });
  });

  it("drops anything odd rather than failing", () => {
    expect(parseAuditSearchParams({ qui: "", action: "'; DROP TABLE", du: "2026-02-30", au: ["2026-11-28", "x"], page: "-1" })).toEqual({
      filters: { who: undefined, action: undefined, entity: undefined, entityId: undefined, from: undefined, to: "2026-11-28" },
      page: 1,
    });
  });

  it("round-trips through the URL parameters", () => {
    const filters = { who: "alice", action: "role.granted", from: "2026-11-01" };
    const query = Object.fromEntries(Object.entries(auditFilterQuery(filters)).filter(([, v]) => v)) as Record<string, string>;
    expect(parseAuditSearchParams(query).filters).toMatchObject(filters);
    expect(describeAuditFilters(filters)).toBe("qui=alice; action=role.granted; du=2026-11-01");
    expect(hasAuditFilters({})).toBe(false);
    expect(hasAuditFilters(filters)).toBe(true);
  });
});

describe("French labels of the audit actions", () => {
  it("has one for every action the code can write", () => {
    const missing = AUDIT_ACTIONS.filter((action) => adminLabels.auditAction(action) === action);
    expect(missing).toEqual([]);
  });
});
