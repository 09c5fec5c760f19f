#!/usr/bin/env node
"use strict";
// A tiny static file server for the end-to-end tests: serves dist/ on 127.0.0.1 only, no https, no
// directory listings, nothing outside the folder. Usage: node tests/e2e/serveDist.cjs [dir] [port]
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(process.argv[2] || "dist");
const port = Number(process.argv[3] || process.env.PLANCHECK_E2E_PORT || 4173);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

const server = http.createServer((request, response) => {
  const { pathname } = new URL(request.url || "/", "http://localhost");
  const file = path.join(root, decodeURIComponent(pathname === "/" ? "/taskpane.html" : pathname));
  if (!file.startsWith(root + path.sep)) {
    response.writeHead(403).end();
    return;
  }
  fs.readFile(file, (error, body) => {
    if (error) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    response.end(body);
  });
});
server.listen(port, "127.0.0.1", () =>
  process.stdout.write(`serving ${root} on http://127.0.0.1:${port}/\n`),
);
