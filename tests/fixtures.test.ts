import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const OURS = join(__dirname, "fixtures");
const SHARED = join(__dirname, "..", "..", "shared", "fixtures");

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const digest = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("test fixtures", () => {
  it("are byte-identical copies of ../shared/fixtures, which CI puts beside the checkout", () => {
    expect(existsSync(SHARED)).toBe(true);
    const shared = listFiles(SHARED)
      .map((path) => relative(SHARED, path))
      .sort();
    expect(
      listFiles(OURS)
        .map((path) => relative(OURS, path))
        .sort(),
    ).toEqual(shared);
    for (const file of shared)
      expect({ file, sha: digest(join(OURS, file)) }).toEqual({ file, sha: digest(join(SHARED, file)) });
  });
});
