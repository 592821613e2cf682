// A steady stream of GETs through nginx, with something done to a server in the middle of it
// (`during`, e.g. a SIGTERM): every answer is counted, with the server that gave it (nginx's
// X-Upstream header: "B, A" when B failed and nginx went on to A). Bounded in requests and time.

export interface LoadFigures {
  requests: number;
  /** Every request that did not end in a 200: "GET /path → 502" or the fetch error. */
  errors: string[];
  /** Requests sent before `during` began and not answered yet at that moment. */
  inFlightAtStop: number;
  /** Requests nginx sent to one server, then to the other. */
  retried: number;
  servedBy: { A: number; B: number };
  /** Requests sent after `during` resolved, and those of them answered by B. */
  requestsAfterStop: number;
  servedByBAfterStop: number;
}

export interface LoadOptions {
  baseUrl: string;
  paths: string[];
  connections: number;
  /** host:port of each server, as nginx names them in X-Upstream. */
  upstreams: { A: string; B: string };
  during: () => Promise<void>;
  /** Answers before `during`, and requests after it. */
  before?: number;
  after?: number;
  maxMs?: number;
  maxRequests?: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const { before = 120, after = 120, maxMs = 120_000, maxRequests = 20_000 } = options;
  const figures: LoadFigures = {
    requests: 0,
    errors: [],
    inFlightAtStop: 0,
    retried: 0,
    servedBy: { A: 0, B: 0 },
    requestsAfterStop: 0,
    servedByBAfterStop: 0,
  };
  const started = Date.now();
  let active = 0;
  let answered = 0;
  let phase: "before" | "during" | "after" = "before";
  let done = false;
  let duringStarted: Promise<void> | null = null;
  let failure: unknown = null;

  const nameOf = (address: string) => (address === options.upstreams.A ? "A" : address === options.upstreams.B ? "B" : null);

  async function one(index: number): Promise<void> {
    const path = options.paths[index % options.paths.length];
    const sentIn = phase;
    figures.requests += 1;
    if (sentIn === "after") figures.requestsAfterStop += 1;
    active += 1;
    try {
      const response = await fetch(`${options.baseUrl}${path}`, { redirect: "manual" });
      await response.arrayBuffer();
      const upstream = (response.headers.get("x-upstream") ?? "").split(",").map((part) => part.trim());
      if (upstream.length > 1) figures.retried += 1;
      const name = nameOf(upstream[upstream.length - 1]);
      if (name) figures.servedBy[name] += 1;
      if (sentIn === "after" && name === "B") figures.servedByBAfterStop += 1;
      if (response.status !== 200) figures.errors.push(`GET ${path} → ${response.status} (${upstream.join(", ")})`);
    } catch (error) {
      figures.errors.push(`GET ${path} → ${(error as Error).message}`);
    } finally {
      active -= 1;
      answered += 1;
    }
  }

  async function connection(offset: number): Promise<void> {
    for (let index = offset; !done; index += options.connections) {
      if (Date.now() - started > maxMs || figures.requests >= maxRequests)
        throw new Error(`Charge arrêtée : ${figures.requests} requêtes en ${Date.now() - started} ms`);
      if (phase === "before" && answered >= before && figures.servedBy.A > 0 && figures.servedBy.B > 0 && !duringStarted) {
        phase = "during";
        figures.inFlightAtStop = active;
        duringStarted = options.during().then(
          () => void (phase = "after"),
          (error: unknown) => {
            failure = error;
            done = true;
          },
        );
      }
      if (phase === "after" && figures.requestsAfterStop >= after) done = true;
      else await one(index);
    }
  }

  const loops = Array.from({ length: options.connections }, (_, offset) => connection(offset));
  try {
    await Promise.all(loops);
  } finally {
    done = true;
    await Promise.allSettled(loops);
  }
  await duringStarted;
  if (failure) throw failure;
  return figures;
}
