// The baseline: what a bare SheetJS parse of a workbook costs in a fresh Node process.
import { readFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";

for (const file of process.argv.slice(2)) XLSX.read(readFileSync(file), { dense: true });
