// Preloaded into the Next.js server by the launcher (NODE_OPTIONS=--require …): writes the TCP
// peer's address into x-odd17-socket-address on every incoming request, replacing any header of
// that name the client sent. Next.js gives the app no other way to see the socket's address;
// lib/http/client-address.ts reads it. Plain CommonJS, no dependency: it runs before anything.
"use strict";
const http = require("node:http");
const https = require("node:https");

const HEADER = "x-odd17-socket-address";

function patch(Server) {
  const emit = Server.prototype.emit;
  if (emit.__odd17SocketAddress) return;
  const patched = function (event, request, ...rest) {
    if (event === "request" && request && request.headers) {
      request.headers[HEADER] = (request.socket && request.socket.remoteAddress) || "";
    }
    return emit.call(this, event, request, ...rest);
  };
  patched.__odd17SocketAddress = true;
  Server.prototype.emit = patched;
}

patch(http.Server);
patch(https.Server);
