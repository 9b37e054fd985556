/**
 * Saves an exceljs workbook with the zip layer done by Node's zlib. exceljs saves through JSZip, which
 * deflates in JavaScript after every part is rendered. At 10,000 rows that was about 600 ms of a 1.45 s
 * save. Here exceljs renders the same parts in the same order, and each is deflated on zlib's thread pool
 * while the next one renders.
 */
import type ExcelJS from "exceljs";
import { DeflatingZip } from "./zip-writer";

/**
 * The steps of exceljs 4.4's XLSX.write (lib/xlsx/xlsx.js) after prepareModel, in its order. Steps in one
 * group run together, as there. Shared strings come after the worksheets, which fill them.
 */
const ADD_STEPS = [
  ["addContentTypes"], ["addOfficeRels"], ["addWorkbookRels"], ["addWorksheets"], ["addSharedStrings"],
  ["addDrawings"], ["addTables"], ["addThemes", "addStyles"], ["addMedia"], ["addApp", "addCore"], ["addWorkbook"],
] as const;

type AddStep = (typeof ADD_STEPS)[number][number];

/** exceljs's XLSX object as this module uses it: XLSX.write takes its zip writer from a module of its own. */
type XlsxWriteSteps = { prepareModel(model: unknown, options: object): void } & Record<AddStep, (zip: DeflatingZip, model: unknown) => Promise<void>>;

export async function saveWorkbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const xlsx = workbook.xlsx as unknown as Partial<XlsxWriteSteps>;
  // Another exceljs version may have other steps, so its own save is used: slower, but right.
  const steps: (keyof XlsxWriteSteps)[] = ["prepareModel", ...ADD_STEPS.flat()];
  if (!steps.every((step) => typeof xlsx[step] === "function")) return Buffer.from(await workbook.xlsx.writeBuffer());
  return writeWithSteps(xlsx as XlsxWriteSteps, (workbook as unknown as { model: unknown }).model);
}

/** Runs exceljs's write steps into a zlib zip and returns the archive. */
async function writeWithSteps(xlsx: XlsxWriteSteps, model: unknown): Promise<Buffer> {
  const zip = new DeflatingZip();
  xlsx.prepareModel(model, {});
  for (const group of ADD_STEPS) await Promise.all(group.map((step) => xlsx[step](zip, model)));
  return zip.finish();
}
