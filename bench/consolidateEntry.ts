// `plancheck` run in this process, then its peak memory (resident set, KiB) on stderr: `maxRSS <n>`.
import { runCli } from "../src/cli/main";

runCli(process.argv.slice(2)).then(
  (code) => {
    process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench entry failed: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
