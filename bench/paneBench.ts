import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { median } from "./timing";
import { longestTask, type TaskFigures } from "./traceTasks";

const BLOCK_TARGET_MS = 200;
const FILTER_TARGET_MS = 100;
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
};

type Run = { toFindings: number; longTask: number; trace: TaskFigures; filter: number };

/**
 * The built pane in Chromium (Debian's, as the end-to-end tests use) on the 20,000-measure plan in the
 * browser mode at Excel's pane width: time from choosing the file to the findings, the longest main-thread
 * task meanwhile (Long Tasks API: wall time; a trace adds the CPU time of the same stretch, which a busy
 * machine does not inflate), and how long a filter switch takes to the painted list.
 */
export async function benchPane(root: string, out: string, planFile: string, runs: number): Promise<boolean> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  console.log("pane in Chromium:");
  if (!existsSync(executablePath)) {
    console.log(
      `  skipped: no Chromium at ${executablePath} (sudo apt-get install -y chromium, or set CHROMIUM_PATH)`,
    );
    return true;
  }
  // BENCH_PANE_DIST: a pane already built with `webpack --mode production` (saves the build's minutes).
  const dist = process.env.BENCH_PANE_DIST ?? join(out, "pane");
  if (process.env.BENCH_PANE_DIST === undefined) {
    const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
    const built = spawnSync(
      process.execPath,
      [webpack, "--mode", "production", "--env", "quiet", "--output-path", dist],
      { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
    );
    if (built.status !== 0) throw new Error("webpack failed to build the pane for the bench");
  }
  const server = await serve(dist);
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const results: Run[] = [];
  try {
    const port = (server.address() as { port: number }).port;
    for (let i = 0; i < runs; i++) results.push(await runOnce(browser, port, planFile));
  } finally {
    await browser.close();
    server.close();
  }
  const toFindings = median(results.map((r) => r.toFindings));
  const longTask = median(results.map((r) => r.longTask));
  const wall = median(results.map((r) => r.trace.wall));
  const cpu = median(results.map((r) => r.trace.cpu));
  const filter = median(results.map((r) => r.filter));
  const pad = (label: string) => `  ${label}`.padEnd(46);
  console.log(
    `${pad("20,000 measures, file chosen → findings:")}${toFindings.toFixed(0)} ms (median of ${runs})`,
  );
  console.log(
    `${pad("longest main-thread task (Long Tasks API):")}${longTask.toFixed(0)} ms  (target <= ${BLOCK_TARGET_MS} ms; 0 = none over 50 ms)`,
  );
  console.log(
    `${pad("longest task in a trace:")}${wall.toFixed(0)} ms wall; longest in CPU time ${cpu.toFixed(0)} ms`,
  );
  console.log(
    `${pad("filter switch → list painted:")}${filter.toFixed(0)} ms  (target <= ${FILTER_TARGET_MS} ms)`,
  );
  return longTask <= BLOCK_TARGET_MS && filter <= FILTER_TARGET_MS;
}

async function runOnce(browser: Browser, port: number, planFile: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  // Office.js is not reachable: the pane starts in its browser mode at once. Nothing else leaves the machine.
  await page.route("**/*", (route) =>
    route.request().url().startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : route.abort(),
  );
  await page.addInitScript({ content: OBSERVE });
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  const input = page.locator("input[type=file]").first();
  await input.waitFor({ state: "attached" });
  await page.waitForTimeout(500);
  // RunTask (each task of a thread) is in "toplevel" and the hidden timeline category; TimeStamp in the timeline
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"],
  });
  await input.setInputFiles(planFile);
  // (page.waitForFunction would evaluate its text in the page, which the pane's CSP forbids)
  for (let waited = 0; (await page.evaluate("window.__bench.t1")) === 0; waited += 100) {
    if (waited > 300_000) throw new Error("the pane showed no findings within 5 minutes");
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1500); // what runs after the findings appear (marks, layout) counts too
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: unknown[] };
  const figures = (await page.evaluate("window.__bench")) as { t0: number; t1: number; long: number[][] };
  const filter = await timeFilter(page);
  await context.close();
  const longTask = Math.max(
    0,
    ...figures.long.filter(([start]) => (start ?? 0) >= figures.t0 - 1).map(([, d]) => d ?? 0),
  );
  return { toFindings: figures.t1 - figures.t0, longTask, trace: longestTask(trace.traceEvents), filter };
}

/**
 * Records long tasks from page start; marks (also in the trace) when the file is chosen and when the summary
 * first says how many measures were found.
 */
const OBSERVE = `
window.__bench = { t0: 0, t1: 0, long: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.long.push([entry.startTime, entry.duration]);
}).observe({ type: "longtask", buffered: true });
document.addEventListener("change", () => {
  window.__bench.t0 = performance.now();
  console.timeStamp("plancheck:file-chosen");
}, true);
new MutationObserver(() => {
  if (window.__bench.t0 === 0 || window.__bench.t1 !== 0) return;
  const summary = document.querySelector('section[aria-label="Summary"]');
  if (summary === null || !/Measures found/.test(summary.textContent || "")) return;
  window.__bench.t1 = performance.now();
  console.timeStamp("plancheck:findings");
}).observe(document, { childList: true, subtree: true, characterData: true });
`;

/** The slower of turning the warnings off and on again, from the click to the next painted frame. */
async function timeFilter(page: Page): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 2; i++) {
    times.push(
      (await page.evaluate(`(async () => {
        const button = [...document.querySelectorAll('[role="group"] button')].find((b) => /^Warnings/.test(b.textContent || ""));
        const start = performance.now();
        button.click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      })()`)) as number,
    );
  }
  return Math.max(...times);
}

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = normalize(join(dir, path === "/" ? "taskpane.html" : decodeURIComponent(path)));
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
