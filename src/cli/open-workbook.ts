/**
 * Opens an .xlsx file for the command line, or stops with one sentence (exit 2): a missing or unreadable
 * file, something that is not an .xlsx workbook, or a workbook with parts exceljs would lose on saving.
 */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { findUnkeptPart } from "../xlsx/preservation";
import { UnusableInputError } from "./errors";

const ZIP_SIGNATURE = 0x04034b50;
/** Compound File Binary: an old .xls, or any workbook saved with a password to open. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const data = await readInput(file);
  if (data.length < 4 || data.readUInt32LE(0) !== ZIP_SIGNATURE) {
    const hint = data.subarray(0, 8).equals(CFB_SIGNATURE)
      ? "it is an old .xls file or a password-protected workbook; save it as .xlsx without a password"
      : "it is not an Excel .xlsx workbook; open it in Excel and save it as .xlsx";
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

  const unkept = await findUnkeptPart(data, workbook);
  if (unkept) {
    throw new UnusableInputError(`${file}: it contains ${unkept}, which the command line cannot keep when it saves, so nothing was written; refresh this workbook with the Excel add-in instead.`);
  }
  return workbook;
}

async function readInput(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnusableInputError(`${file}: file not found; check the path and the file name.`);
    if (code === "EISDIR") throw new UnusableInputError(`${file}: it is a folder, not a file.`);
    throw new UnusableInputError(`${file}: cannot be read (${code ?? String(error)}).`);
  }
}
