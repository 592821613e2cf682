// The platform's scheduled tasks, run by the worker (no system cron): graphile-worker records
// each occurrence in its own table, so with several workers each one runs once, and `fill`
// makes a worker that was stopped at the time catch up the occurrence it missed.
// Times are UTC (graphile-worker's cron ignores TZ): 06:00 UTC is 7 a.m. in Paris in winter, 8 in summer.
export const CRONTAB = [
  // The daily digest of notification e-mails, in the morning.
  "0 6 * * * notifications:digest ?fill=12h&max=1",
  // Follows: new items matched against every follow, and the e-mails due (« dès qu'il y a du nouveau »
  // means within five minutes). No fill: the next occurrence catches up whatever waited.
  "*/5 * * * * follows:run",
  // Expired tokens, rate-limit counters, the mail log past its retention, old failed jobs.
  "30 2 * * * maintenance:cleanup ?fill=1d&max=1",
].join("\n");
