import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { DeflatingZip } from "../../src/xlsx/zip-writer";
import { saveWorkbookBytes } from "../../src/xlsx/workbook-bytes";
import { readZipDirectory } from "../../src/xlsx/zip-parts";

// exceljs reads and writes .xlsx through JSZip, so it is installed with it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip") as {
  loadAsync(data: Buffer, options?: { checkCRC32: boolean }): Promise<{ files: Record<string, { dir: boolean; date: Date; async(type: "nodebuffer"): Promise<Buffer> }> }>;
};

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "cyps-scorecard-2025-03.xlsx");
/** A 1 × 1 transparent PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/** Reads every file part of an archive (folders left out) with JSZip, checking each CRC-32. */
async function filePartsOf(data: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data, { checkCRC32: true });
  const parts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async("nodebuffer"));
  return parts;
}

describe("zlib zip writer", () => {
  it("writes parts JSZip reads back", async () => {
    const zip = new DeflatingZip(new Date(2025, 2, 31, 9, 30, 0));
    zip.append("<row>42</row>".repeat(2000), { name: "xl/worksheets/sheet1.xml" });
    zip.append(PNG, { name: "xl/media/é-image.png" });
    zip.append(PNG.toString("base64"), { name: "xl/media/from-base64.png", base64: true });
    zip.append(PNG.buffer.slice(PNG.byteOffset, PNG.byteOffset + PNG.length), { name: "xl/media/from-array-buffer.png" });
    zip.append("", { name: "xl/blank.xml" });
    const archive = await zip.finish();

    const parts = await filePartsOf(archive);
    assert.deepEqual([...parts.keys()], ["xl/worksheets/sheet1.xml", "xl/media/é-image.png", "xl/media/from-base64.png", "xl/media/from-array-buffer.png", "xl/blank.xml"]);
    assert.ok(parts.get("xl/media/from-array-buffer.png")?.equals(PNG));
    assert.equal(parts.get("xl/worksheets/sheet1.xml")?.toString(), "<row>42</row>".repeat(2000));
    assert.ok(parts.get("xl/media/é-image.png")?.equals(PNG));
    assert.ok(parts.get("xl/media/from-base64.png")?.equals(PNG));
    assert.equal(parts.get("xl/blank.xml")?.length, 0);
  });

  it("deflates, dates and flags each part", async () => {
    const zip = new DeflatingZip(new Date(2025, 2, 31, 9, 30, 0));
    zip.append("<row>42</row>".repeat(2000), { name: "sheet.xml" });
    zip.append("", { name: "blank.xml" });
    const archive = await zip.finish();

    const [sheet, blank] = readZipDirectory(archive) ?? [];
    assert.equal(sheet.method, 8);
    assert.ok(sheet.compressedSize < sheet.size / 10, "the repeated XML should deflate to a fraction of its size");
    assert.equal(blank.method, 0);
    assert.equal(sheet.flags, 0x0800);
    const loaded = await JSZip.loadAsync(archive);
    assert.equal(loaded.files["sheet.xml"].date.getTime(), new Date(2025, 2, 31, 9, 30, 0).getTime());
  });

  it("matches exceljs's own save", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    // Fixed, because otherwise core.xml's modified time could differ between the two saves.
    workbook.modified = new Date(Date.UTC(2025, 3, 1));
    const ours = await saveWorkbookBytes(workbook);
    const theirs = Buffer.from(await workbook.xlsx.writeBuffer());

    const ourParts = await filePartsOf(ours);
    const theirParts = await filePartsOf(theirs);
    assert.deepEqual([...ourParts.keys()], [...theirParts.keys()]);
    for (const [name, bytes] of theirParts) assert.ok(ourParts.get(name)?.equals(bytes), `${name} should be the same`);
    assert.ok(ours.length < theirs.length * 1.05, `zlib's archive (${ours.length} bytes) should be about the size of JSZip's (${theirs.length} bytes)`);
  });

  it("keeps an image", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Logo");
    sheet.addImage(workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "B2:C3");
    const saved = await saveWorkbookBytes(workbook);

    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load(saved as unknown as ExcelJS.Buffer);
    assert.equal(reloaded.getWorksheet("Logo")?.getImages().length, 1);
    assert.ok((await filePartsOf(saved)).get("xl/media/image1.png")?.equals(PNG));
  });

  it("falls back to exceljs's save", async () => {
    const ownSave = Buffer.from("exceljs's own bytes");
    const otherVersion = { xlsx: { writeBuffer: async () => ownSave } } as unknown as ExcelJS.Workbook;
    assert.ok((await saveWorkbookBytes(otherVersion)).equals(ownSave));
  });
});
