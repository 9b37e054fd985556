import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildCli, runCli, scratchFolder, STACK_LINE } from "./run-cli";

// exceljs reads and writes .xlsx through JSZip, so it is installed with it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip") as { new (): { file(name: string, data: string): void; generateAsync(o: { type: "nodebuffer" }): Promise<Buffer> } };

/** Writes an input file into the folder and returns its path. */
type InputMaker = (dir: string) => Promise<string>;

const INPUTS: [string, InputMaker][] = [
  ["missing file", async (dir) => path.join(dir, "absent.xlsx")],
  ["text file named .xlsx", async (dir) => {
    const file = path.join(dir, "minutes.xlsx");
    writeFileSync(file, "Minutes of the March performance board\n");
    return file;
  }],
  ["zip that is not a workbook", async (dir) => {
    const zip = new JSZip();
    zip.file("readme.txt", "Not a workbook.");
    const file = path.join(dir, "archive.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    return file;
  }],
  ["old .xls signature", async (dir) => {
    const file = path.join(dir, "legacy.xlsx");
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    return file;
  }],
  ["folder named .xlsx", async (dir) => {
    const folder = path.join(dir, "folder.xlsx");
    mkdirSync(folder);
    return folder;
  }],
  ["glossary sheet only", async (dir) => {
    const workbook = new ExcelJS.Workbook();
    const glossary = workbook.addWorksheet("Glossary");
    glossary.addRow(["Term", "Meaning"]);
    glossary.addRow(["DOT", "Direction of travel"]);
    glossary.addRow(["RAG", "Red, amber or green against the target"]);
    const file = path.join(dir, "glossary.xlsx");
    await workbook.xlsx.writeFile(file);
    return file;
  }],
];

describe("scorecard-rag unusable input", () => {
  const scratch = scratchFolder();

  before(() => buildCli());
  after(() => scratch.remove());

  for (const [name, make] of INPUTS) {
    it(`${name}: exit 2, one line, no output`, async () => {
      const dir = path.join(scratch.dir, name.replace(/\W+/g, "-"));
      mkdirSync(dir);
      const input = await make(dir);
      const out = path.join(dir, "out", "refreshed.xlsx");
      const report = path.join(dir, "out", "report.json");

      const run = runCli(["refresh", input, "--out", out, "--report", report]);

      assert.equal(run.status, 2, run.stderr);
      const lines = run.stderr.trimEnd().split("\n");
      assert.equal(lines.length, 1, run.stderr);
      assert.ok(lines[0].includes(input), `does not name ${input}: ${lines[0]}`);
      assert.doesNotMatch(run.stderr, STACK_LINE);
      assert.ok(!existsSync(out), "output written");
      assert.ok(!existsSync(report), "report written");
      const left = existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)) : [];
      assert.deepEqual(left, [], "files left in the output folder");
    });
  }

  it("existing output kept on unusable input", () => {
    const dir = path.join(scratch.dir, "existing-output");
    mkdirSync(dir);
    const input = path.join(dir, "notes.xlsx");
    writeFileSync(input, "plain text");
    const out = path.join(dir, "refreshed.xlsx");
    writeFileSync(out, "last month's output");

    const run = runCli(["refresh", input, "--out", out]);

    assert.equal(run.status, 2);
    assert.deepEqual(readdirSync(dir).sort(), ["notes.xlsx", "refreshed.xlsx"]);
  });
});
