import { spawnSync } from "node:child_process";

/** Median wall time in ms of a command run `runs` times (after one warm-up run). Throws if it fails. */
export function timeCommand(command: string, args: string[], runs: number, okCodes: number[] = [0]): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const child = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status === null || !okCodes.includes(child.status)) {
      throw new Error(
        `${command} ${args.join(" ")} failed (${child.status}): ${child.stderr.toString().slice(0, 500)}`,
      );
    }
    if (i > 0) times.push(elapsed);
  }
  return median(times);
}

/** Median time in ms of a function run `runs` times in this process, after `warmups` runs not counted. */
export function timeFunction(fn: () => void, runs: number, warmups = 1): number {
  const times: number[] = [];
  for (let i = 0; i < warmups + runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    if (i >= warmups) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
