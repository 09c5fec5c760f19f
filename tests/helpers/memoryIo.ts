import { existsSync, readFileSync } from "node:fs";
import type { CliIo } from "../../src/cli/CliIo";

/** A CliIo that reads real files, keeps written files in memory and collects stdout/stderr. */
export function memoryIo(env: Record<string, string> = {}) {
  const written = new Map<string, Uint8Array | string>();
  const out: string[] = [];
  const err: string[] = [];
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
  };
  return { io, written, stdout: () => out.join(""), stderr: () => err.join("") };
}
