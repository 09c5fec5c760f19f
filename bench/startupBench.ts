import { join } from "node:path";
import { timeCommand } from "./timing";

const TARGET_MS = 800;

/**
 * How long `plancheck --help` takes from the shell (the README's first command), next to a bare
 * `node -e 0`: the command must start within 0.8 s. The commands themselves load only when one runs.
 */
export function benchStartup(root: string, runs: number): boolean {
  const node = process.execPath;
  const bare = timeCommand(node, ["-e", "0"], runs);
  const help = timeCommand(node, [join(root, "bin", "plancheck.js"), "--help"], runs);
  console.log("start-up:");
  console.log(`  node -e 0:                                 ${bare.toFixed(0)} ms`);
  console.log(
    `  plancheck --help:                          ${help.toFixed(0)} ms  (target <= ${TARGET_MS} ms)`,
  );
  return help <= TARGET_MS;
}
