import { existsSync, realpathSync } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";

/** Everything the CLI touches outside itself, so tests can run it in memory. */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, data: Uint8Array | string) => Promise<void>;
  readonly exists: (path: string) => boolean;
  /** Canonical path, to tell whether two names point at the same file. */
  readonly samePath: (a: string, b: string) => boolean;
};

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: writeWhole,
    exists: (path) => existsSync(path),
    samePath: (a, b) => {
      try {
        return realpathSync(a) === realpathSync(b);
      } catch {
        return false;
      }
    },
  };
}

/** Writes next to the target and renames into place, so an interrupted write never leaves half a workbook. */
async function writeWhole(path: string, data: Uint8Array | string): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  try {
    await writeFile(partial, data);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
