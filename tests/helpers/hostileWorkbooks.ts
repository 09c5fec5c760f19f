// The hostile workbooks live with the bench, which builds the same bombs (bench/limitsBench.ts).
export * from "../../bench/hostileWorkbooks";
