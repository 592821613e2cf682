import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatTime, isoDateTime } from "@/lib/text/dates";

describe("dates", () => {
  it("prints « 7 déc. 2026 » in Paris time", () => {
    expect(formatDate(new Date("2026-12-07T13:05:00Z"))).toBe("7 déc. 2026");
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("1 janv. 2027");
  });

  it("adds the time where it matters: « 7 déc. 2026 à 14:05 »", () => {
    expect(formatDateTime(new Date("2026-12-07T13:05:00Z"))).toBe("7 déc. 2026 à 14:05");
    expect(formatTime(new Date("2026-07-01T07:05:00Z"))).toBe("09:05");
  });

  it("reads calendar days (@db.Date) in UTC", () => {
    expect(formatDay(new Date("2027-03-10T00:00:00Z"))).toBe("10 mars 2027");
  });

  it("keeps the machine format for <time dateTime>", () => {
    expect(isoDateTime(new Date("2026-12-07T13:05:00Z"))).toBe("2026-12-07T13:05:00.000Z");
  });
});
