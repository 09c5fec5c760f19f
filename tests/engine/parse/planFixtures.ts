import { readFileSync, readdirSync } from "fs";
import { join } from "path";

/** The parts of a `*.truth.json` measure that the parser tests read. */
export type TruthField = { raw: string | null; normalized?: unknown };
export type TruthMeasure = {
  id: string;
  fields: Record<string, TruthField | undefined>;
  sub_rows?: { responsible?: TruthField }[];
};

const PLANS = join(__dirname, "..", "..", "fixtures", "plans");

/** Every measure of every plan fixture, with the file it came from. */
export function truthMeasures(): { file: string; measure: TruthMeasure }[] {
  return readdirSync(PLANS)
    .filter((name) => name.endsWith(".truth.json"))
    .sort()
    .flatMap((file) => {
      const truth = JSON.parse(readFileSync(join(PLANS, file), "utf8")) as { measures: TruthMeasure[] };
      return truth.measures.map((measure) => ({ file, measure }));
    });
}
