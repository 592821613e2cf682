// Preloaded into the Next.js server by the launcher (NODE_OPTIONS=--require …). For every incoming
// request it
// - writes the TCP peer's address into x-odd17-socket-address, replacing any header of that name
//   the client sent. Next.js gives the app no other way to see the socket's address;
//   lib/http/client-address.ts reads it;
// - opens the request's log context (lib/log/context.ts, the same AsyncLocalStorage through
//   globalThis), empty: proxy.ts writes the request's id into it, and every log line of the
//   request carries it.
// Plain CommonJS, no dependency: it runs before anything.
"use strict";
const http = require("node:http");
const https = require("node:https");
const { AsyncLocalStorage } = require("node:async_hooks");

const HEADER = "x-odd17-socket-address";
const LOG_CONTEXT = Symbol.for("odd17.logContext");

function logContext() {
  if (!globalThis[LOG_CONTEXT]) globalThis[LOG_CONTEXT] = new AsyncLocalStorage();
  return globalThis[LOG_CONTEXT];
}

function patch(Server) {
  const emit = Server.prototype.emit;
  if (emit.__odd17SocketAddress) return;
  const patched = function (event, request, ...rest) {
    if (event === "request" && request && request.headers) {
      request.headers[HEADER] = (request.socket && request.socket.remoteAddress) || "";
      return logContext().run({}, () => emit.call(this, event, request, ...rest));
    }
    return emit.call(this, event, request, ...rest);
  };
  patched.__odd17SocketAddress = true;
  Server.prototype.emit = patched;
}

patch(http.Server);
patch(https.Server);
