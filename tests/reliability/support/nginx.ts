// Debian's nginx (installed by .ci/run; another binary: NGINX_BIN) in front of the app's servers,
// for the reliability suite: its own prefix, configuration, temporary folders, error log and pid
// file in a throwaway folder, in the foreground (`daemon off`), on a free loopback port. Run by
// root (CI, this machine), it is started as `nobody`: no process of the test runs as root.
// The configuration is the one docs/operations.md gives to operators ("Preuve : deux serveurs
// derrière nginx"), plus one header, X-Upstream, that tells the test which server answered.
import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, chownSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/lib/db/embedded";

export const NGINX_BIN = process.env.NGINX_BIN ?? "/usr/sbin/nginx";
const NOBODY = 65534;
const START_TIMEOUT_MS = 20_000;

export interface TestNginx {
  url: string;
  port: number;
  /** The error log so far (nginx writes upstream failures and retries there). */
  errorLog(): string;
  close(): Promise<void>;
}

/** The `upstream` and `location` an operator writes, for these servers (host:port each). */
export function nginxSiteConfig(upstreams: string[], listen: string): string {
  return `
  upstream odd17 {
${upstreams.map((address) => `    server ${address} max_fails=1 fail_timeout=10s;`).join("\n")}
  }
  server {
    listen ${listen};
    client_max_body_size 21m;
    location / {
      proxy_pass http://odd17;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      # A server that refuses the connection (stopped) or answers 502/503 (stopping, database
      # unreachable): the request goes to the other one. nginx never retries a POST once sent.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      add_header X-Upstream $upstream_addr always;
    }
  }`;
}

/** Throws, saying how to install it, when there is no nginx to run: a missing nginx fails the test, never skips it. */
export function requireNginx(): void {
  try {
    accessSync(NGINX_BIN, constants.X_OK);
  } catch {
    throw new Error(`nginx introuvable à ${NGINX_BIN} : apt-get install nginx-light (ou son chemin dans NGINX_BIN)`);
  }
}

/** Starts nginx on a free port (or `port`) in front of `upstreams` (host:port each). */
export async function startNginx(upstreams: string[], port?: number): Promise<TestNginx> {
  requireNginx();
  const dir = mkdtempSync(path.join(tmpdir(), "odd17-nginx-"));
  const listenPort = port ?? (await freePort());
  const temp = (name: string) => path.join(dir, name);
  for (const name of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(temp(name));
  const config = `
worker_processes 1;
daemon off;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${temp("client_body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
${nginxSiteConfig(upstreams, `127.0.0.1:${listenPort}`)}
}
`;
  writeFileSync(temp("nginx.conf"), config);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) for (const name of ["", "client_body", "proxy", "fastcgi", "uwsgi", "scgi", "nginx.conf"]) chownSync(temp(name), NOBODY, NOBODY);
  // -e: the error log of the start itself, before the configuration is read (else /var/log/nginx).
  const child: ChildProcess = spawn(NGINX_BIN, ["-p", dir, "-c", temp("nginx.conf"), "-e", temp("error.log")], {
    stdio: ["ignore", "pipe", "pipe"],
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const errorLog = () => {
    try {
      return readFileSync(temp("error.log"), "utf8");
    } catch {
      return "";
    }
  };
  const url = `http://127.0.0.1:${listenPort}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx s'est arrêté au démarrage (code ${child.exitCode}) :\n${output}\n${errorLog()}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`nginx n'a pas répondu en ${START_TIMEOUT_MS} ms :\n${output}\n${errorLog()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    port: listenPort,
    errorLog,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        // SIGQUIT: nginx's graceful stop.
        child.kill("SIGQUIT");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
