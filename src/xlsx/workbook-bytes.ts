/**
 * Saves an exceljs workbook with the zip compression done by Node's zlib (see zip-repack.ts). The XML
 * that exceljs writes is the same either way, and only the zip layer differs.
 */
import type ExcelJS from "exceljs";
import { deflatedCopy } from "./zip-repack";

export async function saveWorkbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const stored = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  return (await deflatedCopy(stored)) ?? Buffer.from(await workbook.xlsx.writeBuffer());
}
