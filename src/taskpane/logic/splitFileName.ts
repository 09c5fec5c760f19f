/** "plan.2024.xlsx" → { base: "plan.2024", extension: ".xlsx" }; a name without one gets ".xlsx". */
export function splitFileName(fileName: string): { base: string; extension: string } {
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0 || dot === fileName.length - 1) return { base: fileName, extension: ".xlsx" };
  return { base: fileName.slice(0, dot), extension: fileName.slice(dot) };
}
