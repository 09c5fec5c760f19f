import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = join(__dirname, "..", "..", "fixtures");

/** The plan workbooks of tests/fixtures/plans, with their ground truth. */
export function planFixtures(): { name: string; path: string; truthPath: string }[] {
  const dir = join(FIXTURES, "plans");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".xlsx"))
    .sort()
    .map((file) => ({
      name: file,
      path: join(dir, file),
      truthPath: join(dir, file.replace(/\.xlsx$/, ".truth.json")),
    }));
}

/** All agency submission workbooks. */
export function submissionFixtures(): { name: string; path: string }[] {
  const root = join(FIXTURES, "submissions");
  return readdirSync(root)
    .sort()
    .flatMap((plan) =>
      readdirSync(join(root, plan))
        .filter((file) => file.endsWith(".xlsx"))
        .sort()
        .map((file) => ({ name: `${plan}/${file}`, path: join(root, plan, file) })),
    );
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
