import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeIo } from "../../src/cli/CliIo";

describe("nodeIo.writeFile", () => {
  it("writes the whole file and leaves no partial file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-io-"));
    await nodeIo().writeFile(join(dir, "out.xlsx"), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(join(dir, "out.xlsx"))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("fails cleanly when the folder does not exist", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-io-"));
    await expect(nodeIo().writeFile(join(dir, "missing", "out.xlsx"), "x")).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
