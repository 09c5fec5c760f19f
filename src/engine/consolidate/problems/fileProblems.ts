import type { FileIdentity } from "../identify";
import { makeProblem, type AnyProblem } from "./ProblemCode";
import type { Roster } from "../roster";
import type { TemplateMeta } from "../template";

/** What is wrong with a return as a whole: another plan's template, no known author, nothing reported. */
export function fileProblems(
  file: string,
  meta: TemplateMeta | null,
  samePlan: boolean,
  identity: FileIdentity,
  reportRows: number,
  roster: Roster,
): AnyProblem[] {
  const { executor } = identity;
  const problems: AnyProblem[] = [];
  if (meta !== null && !samePlan)
    problems.push(makeProblem("template-other-plan", { file, executor }, { planFile: meta.planFile }));
  if (executor === null) {
    const names = identity.candidates.map((id) => roster.entries.find((e) => e.id === id)?.name ?? id);
    problems.push(makeProblem("executor-unknown", { file }, { candidates: names }));
  }
  if (reportRows === 0) problems.push(makeProblem("no-report-rows", { file, executor }, {}));
  return problems;
}
