// Dates of the back office, in French and in the time of metropolitan France whatever the server's
// own time zone (pages are rendered on the server).
const TIME_ZONE = "Europe/Paris";

const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: TIME_ZONE });
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: TIME_ZONE });

/** 2026-11-28T14:05:00Z → "28/11/2026 15:05". */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** 2026-11-28T14:05:00Z → "28/11/2026". */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** The machine-readable value of a <time> element. */
export function isoDateTime(date: Date): string {
  return date.toISOString();
}
