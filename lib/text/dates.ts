// The one way the site prints dates to people: « 7 déc. 2026 », and « 7 déc. 2026 à 14:05 » where
// the time matters, always in the time of metropolitan France whatever the server's or browser's
// own zone (pages are rendered on the server, some labels in the browser). Machine formats (CSV
// exports, <time dateTime>, API JSON) do not come from here, but for isoDateTime.
const TIME_ZONE = "Europe/Paris";

const dateFormat = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric", timeZone: TIME_ZONE });
// Calendar days stored as @db.Date are UTC midnights: read them in UTC so that no zone shifts them.
const dayFormat = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });

/** 2026-12-07T13:05:00Z → "7 déc. 2026" (Paris time). */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** A calendar day of a @db.Date column (validity, alliance dates) → "7 déc. 2026". */
export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

/** 2026-12-07T13:05:00Z → "14:05" (Paris time). */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/** 2026-12-07T13:05:00Z → "7 déc. 2026 à 14:05" (Paris time). */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)} à ${formatTime(date)}`;
}

/** The machine-readable value of a <time> element. */
export function isoDateTime(date: Date): string {
  return date.toISOString();
}
