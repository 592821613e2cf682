// The audit-log filters as plain data, and the date arithmetic behind "from … to …": the dates a
// staff member picks are days in Paris, whatever the server's time zone. Pure.

export type AuditFilters = {
  /** Part of the author's e-mail, any case. */
  who?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  /** YYYY-MM-DD, Paris days, both included. */
  from?: string;
  to?: string;
};

const TIME_ZONE = "Europe/Paris";
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far Paris wall time is ahead of UTC at `instant`, in milliseconds (1 or 2 hours). */
function parisOffset(instant: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** True for a real calendar day written YYYY-MM-DD ("2026-02-30" is not). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The instant a Paris day starts. French clocks change at 2 or 3 a.m., never at midnight. */
export function parisDayStart(day: string): Date {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new Error(`Not a day: ${day}`);
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(utcMidnight - parisOffset(utcMidnight));
}

/** The day after, as YYYY-MM-DD. */
export function nextDay(day: string): string {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new Error(`Not a day: ${day}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1)).toISOString().slice(0, 10);
}

/** `createdAt` bounds for the days picked: from the start of `from` to the end of `to`. */
export function auditDateRange(from?: string, to?: string): { gte?: Date; lt?: Date } {
  // Days picked the wrong way round are read as the range they obviously mean.
  const [start, end] = from && to && from > to ? [to, from] : [from, to];
  const range: { gte?: Date; lt?: Date } = {};
  if (start) range.gte = parisDayStart(start);
  if (end) range.lt = parisDayStart(nextDay(end));
  return range;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Boolean(filters.who || filters.action || filters.entity || filters.entityId || filters.from || filters.to);
}

/** The filters as URL parameters (the page, its pagination and the CSV link share them). */
export function auditFilterQuery(filters: AuditFilters): Record<string, string | undefined> {
  return { qui: filters.who, action: filters.action, element: filters.entity, id: filters.entityId, du: filters.from, au: filters.to };
}

/** A short description for the export's audit row: "qui=alice; du=2026-11-01". */
export function describeAuditFilters(filters: AuditFilters): string {
  return Object.entries(auditFilterQuery(filters))
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${value}`)
    .join("; ");
}
