/** Refreshes one .xlsx file into another: read once, plan, write once to a temporary file, then rename. */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { refresh } from "../engine/refresh";
import type { RefreshPlan } from "../engine/plan";
import { readWorkbookSnapshot } from "../xlsx/read-snapshot";
import { applyPlan } from "../xlsx/apply-plan";
import { UnusableInputError, UsageError } from "./errors";
import { buildReport } from "./report";

export interface RefreshFileOptions {
  input: string;
  output: string;
  report?: string;
  inPlace?: boolean;
  now?: () => Date;
}

export interface RefreshFileResult {
  plan: RefreshPlan;
  elapsedMs: number;
}

export async function refreshFile(options: RefreshFileOptions): Promise<RefreshFileResult> {
  const started = Date.now();
  const input = path.resolve(options.input);
  const output = path.resolve(options.output);
  if (input === output && !options.inPlace) {
    throw new UsageError(`The output ${options.output} is the input file. Choose another --out, or add --in-place to overwrite the input.`);
  }

  const workbook = await loadWorkbook(options.input);
  const plan = refresh(readWorkbookSnapshot(workbook, path.basename(options.input)));
  if (plan.sheets.length === 0) {
    throw new UnusableInputError(`${options.input}: no scorecard sheet found (a scorecard sheet needs a header row with REF NO., INDICATOR, Good perf is, Red, Amber, Green and period columns such as Jan-25).`);
  }

  applyPlan(workbook, plan);
  await writeAtomically(output, await workbook.xlsx.writeBuffer());
  if (options.report) {
    const report = buildReport(plan, path.basename(options.input), (options.now ?? (() => new Date()))());
    await writeAtomically(path.resolve(options.report), Buffer.from(`${JSON.stringify(report, null, 2)}\n`));
  }
  return { plan, elapsedMs: Date.now() - started };
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnusableInputError(`${file}: file not found.`);
    if (code === "EISDIR") throw new UnusableInputError(`${file}: it is a folder, not a file.`);
    throw new UnusableInputError(`${file}: cannot be read (${code ?? String(error)}).`);
  }
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) {
    const hint = data.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
      ? "it is an old .xls file or a password-protected workbook; save it as .xlsx without a password"
      : "it is not an .xlsx workbook (an .xlsx file is a zip archive)";
    throw new UnusableInputError(`${file}: ${hint}.`);
  }

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnusableInputError(`${file}: the workbook cannot be read (${(error as Error).message}), so open it in Excel, save it as .xlsx and try again.`);
  }
  if (workbook.worksheets.length === 0) {
    throw new UnusableInputError(`${file}: the zip archive holds no worksheets, so it is not an .xlsx workbook.`);
  }
  return workbook;
}

/** Writes to a temporary file beside the target and renames it, so a failed run never leaves half a file. */
async function writeAtomically(target: string, data: ArrayBuffer | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, Buffer.from(data as ArrayBuffer));
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
