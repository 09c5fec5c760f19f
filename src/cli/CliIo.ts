import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { writeFileSafely } from "./writeFileSafely";

/** One entry of a folder: its name and whether it is a folder itself. */
export type DirEntry = { readonly name: string; readonly directory: boolean };

/** Everything the CLI touches outside itself, so tests can run it in memory. */
export type CliIo = {
  readonly stdout: (text: string) => void;
  /**
   * Standard output for text already inert on a terminal (jsonText's output): `terminalIo` passes it on
   * without scanning it again. Absent: `stdout`.
   */
  readonly stdoutInert?: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Writes a whole file safely (see writeFileSafely): never through a link, never half a file. */
  readonly writeFile: (path: string, data: Uint8Array | string) => Promise<void>;
  readonly exists: (path: string) => boolean;
  /** Canonical path, to tell whether two names point at the same file. */
  readonly samePath: (a: string, b: string) => boolean;
  /** Whether the path names a folder. */
  readonly isDirectory: (path: string) => boolean;
  /** A folder's entries (unsorted); throws when it cannot be listed. */
  readonly listDir: (path: string) => readonly DirEntry[];
  /** Everything on standard input, read once. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** "win32" or another platform: how paths and patterns are written. */
  readonly platform: string;
  /** Today as ISO `YYYY-MM-DD` (the default reporting period is the last whole year before it); the clock's by default. */
  readonly today?: () => string;
};

export function nodeIo(): CliIo {
  return {
    stdout: (text) => void (open(process.stdout) && process.stdout.write(text)),
    stderr: (text) => void (open(process.stderr) && process.stderr.write(text)),
    env: process.env,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: writeFileSafely,
    exists: (path) => existsSync(path),
    samePath: (a, b) => {
      try {
        return realpathSync(a) === realpathSync(b);
      } catch {
        return false;
      }
    },
    isDirectory: (path) => {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    },
    listDir: (path) =>
      readdirSync(path, { withFileTypes: true }).map((entry) => ({
        name: entry.name,
        directory: entry.isDirectory(),
      })),
    readStdin: async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
      return new Uint8Array(Buffer.concat(chunks));
    },
    platform: process.platform,
  };
}

/** Output streams whose reader has gone (`plancheck … | head`): nothing more is written to them. */
const closed = new WeakSet<NodeJS.WritableStream>();
const watched = new WeakSet<NodeJS.WritableStream>();

/**
 * Whether a stream can still be written. When the reader of a pipe goes away (EPIPE) the stream is closed
 * quietly: the command finishes its work (an --out file is still written) without a stack trace. Any other
 * write error closes it too, with one line on stderr.
 */
function open(stream: NodeJS.WriteStream): boolean {
  if (!watched.has(stream)) {
    watched.add(stream);
    stream.on("error", (error: NodeJS.ErrnoException) => {
      closed.add(stream);
      if (error.code !== "EPIPE" && stream !== process.stderr && !closed.has(process.stderr))
        process.stderr.write(`plancheck: ${error.message}\n`);
    });
  }
  return !closed.has(stream);
}
