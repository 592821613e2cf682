// Next's start-up hook: the web server also runs the background jobs (lib/jobs/), so that
// `npm run dev` and `npm start` need nothing else. WORKER=off turns it off where dedicated
// workers (`npm run worker`) do the jobs. Never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInProcessWorker } = await import("./lib/jobs/in-process");
  await startInProcessWorker();
}
