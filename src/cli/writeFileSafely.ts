import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { lstat, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The output path is a symbolic link: PlanCheck writes no file through a link. */
export class LinkTargetError extends Error {
  override readonly name = "LinkTargetError";
  readonly code = "ELINK";
}

/** Exclusive creation that never follows a link at the temporary name (O_NOFOLLOW where the system has it). */
const CREATE_NEW =
  constants.O_WRONLY |
  constants.O_CREAT |
  constants.O_EXCL |
  ((constants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0);
/** Longest part of the target's name kept in the temporary name (file names are at most 255 bytes). */
const NAME_KEPT = 60;

/**
 * Writes a whole file so that nobody sharing the folder can redirect the write: the data goes to a new
 * temporary file in the target's folder with an unpredictable name (crypto random), created exclusively (an
 * existing file or a planted link at that name makes the creation fail instead of being followed), then it is
 * renamed over the target, which replaces a file but never writes through a link. A target that is a symbolic
 * link is refused (LinkTargetError) before anything is written. An interrupted write leaves the target as it
 * was and removes the temporary file.
 */
export async function writeFileSafely(path: string, data: Uint8Array | string): Promise<void> {
  await refuseLink(path);
  const temporary = temporaryPath(path);
  const handle = await open(temporary, CREATE_NEW, 0o666);
  try {
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    await refuseLink(path);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** A fresh temporary name beside `path`: hidden, with 96 random bits nobody can guess. */
export function temporaryPath(path: string): string {
  return join(
    dirname(path),
    `.${basename(path).slice(0, NAME_KEPT)}.${randomBytes(12).toString("hex")}.partial`,
  );
}

async function refuseLink(path: string): Promise<void> {
  const stats = await lstat(path).catch(() => null);
  if (stats?.isSymbolicLink() === true) throw new LinkTargetError(`${path} is a symbolic link`);
}
