// Whether the database answers, asked at most once a second per server. The proxy uses it to
// answer "service momentanément indisponible" (503) at once while PostgreSQL is down or
// restarting, instead of letting every page fail on its own; the answer comes back by itself as
// soon as PostgreSQL does, without restarting the app.
export type Probe = () => Promise<unknown>;

export function createHealthCheck(probe: Probe, { intervalMs = 1000, timeoutMs = 1500 } = {}) {
  let last = { at: Number.NEGATIVE_INFINITY, ok: true };
  let inflight: Promise<boolean> | null = null;

  async function check(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
        }),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  return async function isAvailable(now = Date.now()): Promise<boolean> {
    if (now - last.at < intervalMs) return last.ok;
    inflight ??= check().then((ok) => {
      last = { at: Date.now(), ok };
      inflight = null;
      return ok;
    });
    return inflight;
  };
}
