// Problems: what consolidation finds worth telling (stable codes, severities, places, parameters).
export { PROBLEM_CODES, PROBLEM_SEVERITY, makeProblem } from "./ProblemCode";
export type { AnyProblem, Problem, ProblemCode, ProblemParams, ProblemPlace } from "./ProblemCode";
export { fileProblems } from "./fileProblems";
export type { ConflictField, PlanRowPlace, ReturnPlace } from "./ProblemCode";
