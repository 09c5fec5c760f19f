import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import type { CliIo } from "../../src/cli/CliIo";

export type MemoryIoOptions = {
  /** What standard input holds (empty by default). */
  readonly stdin?: Uint8Array | string;
  /** The platform the CLI believes it runs on (path and pattern syntax). */
  readonly platform?: string;
};

/** A CliIo that reads real files, keeps written files in memory and collects stdout/stderr. */
export function memoryIo(env: Record<string, string> = {}, options: MemoryIoOptions = {}) {
  const written = new Map<string, Uint8Array | string>();
  const out: string[] = [];
  const err: string[] = [];
  let stdinReads = 0;
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    env,
    readFile: async (path) => {
      const mem = written.get(path);
      if (mem !== undefined) return typeof mem === "string" ? new TextEncoder().encode(mem) : mem;
      return new Uint8Array(readFileSync(path));
    },
    writeFile: async (path, data) => void written.set(path, data),
    exists: (path) => written.has(path) || existsSync(path),
    samePath: (a, b) => a === b,
    isDirectory: (path) => !written.has(path) && existsSync(path) && statSync(path).isDirectory(),
    listDir: (path) =>
      readdirSync(path, { withFileTypes: true }).map((entry) => ({
        name: entry.name,
        directory: entry.isDirectory(),
      })),
    readStdin: async () => {
      stdinReads++;
      const input = options.stdin ?? "";
      return typeof input === "string" ? new TextEncoder().encode(input) : input;
    },
    platform: options.platform ?? "linux",
  };
  return {
    io,
    written,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
    stdinReads: () => stdinReads,
  };
}
