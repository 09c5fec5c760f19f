import type { FileIdentity } from "../identify";
import { makeProblem, type AnyProblem } from "./ProblemCode";
import type { Roster } from "../roster";
import type { TemplateMeta } from "../template";

/**
 * What is wrong with a return as a whole: another plan's template, a template edited to name another
 * executor, a file several roster lines claim, no known author, nothing reported.
 */
export function fileProblems(
  file: string,
  meta: TemplateMeta | null,
  samePlan: boolean,
  identity: FileIdentity,
  reportRows: number,
  roster: Roster,
): AnyProblem[] {
  const { executor } = identity;
  const name = (id: string): string => roster.entries.find((e) => e.id === id)?.name ?? id;
  const problems: AnyProblem[] = [];
  if (meta !== null && !samePlan)
    problems.push(makeProblem("template-other-plan", { file, executor }, { planFile: meta.planFile }));
  if (identity.templateClash !== undefined) {
    const { byId, byName } = identity.templateClash;
    problems.push(
      makeProblem("template-executor-mismatch", { file }, { byId: name(byId), byName: name(byName) }),
    );
  } else if (identity.claimedBy !== undefined) {
    problems.push(makeProblem("file-claimed-twice", { file }, { executors: identity.claimedBy.map(name) }));
  } else if (executor === null) {
    problems.push(makeProblem("executor-unknown", { file }, { candidates: identity.candidates.map(name) }));
  }
  if (identity.templateStranger !== undefined)
    problems.push(
      makeProblem("template-executor-unknown", { file, executor }, { executor: identity.templateStranger }),
    );
  if (reportRows === 0) problems.push(makeProblem("no-report-rows", { file, executor }, {}));
  return problems;
}
