import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { deflatedCopy } from "../../src/xlsx/zip-repack";
import { saveWorkbookBytes } from "../../src/xlsx/workbook-bytes";
import { readZipDirectory } from "../../src/xlsx/zip-parts";

// exceljs reads and writes .xlsx through JSZip, so it is installed with it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip") as {
  new (): {
    file(name: string, data: string | Buffer, options?: { compression?: "STORE" | "DEFLATE"; date?: Date }): void;
    folder(name: string): unknown;
    generateAsync(o: { type: "nodebuffer"; compression?: "STORE" | "DEFLATE"; streamFiles?: boolean }): Promise<Buffer>;
  };
  loadAsync(data: Buffer, options?: { checkCRC32: boolean }): Promise<{ files: Record<string, { dir: boolean; date: Date; async(type: "nodebuffer"): Promise<Buffer> }> }>;
};

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "cyps-scorecard-2025-03.xlsx");

async function partsOf(data: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data, { checkCRC32: true });
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) parts.set(name, file.dir ? "(folder)" : (await file.async("nodebuffer")).toString("base64"));
  return parts;
}

describe("zlib deflated copy", () => {
  it("keeps parts, order, dates and CRCs", async () => {
    const zip = new JSZip();
    const date = new Date(2025, 2, 31, 9, 30, 0);
    zip.file("[Content_Types].xml", "<Types/>", { date });
    zip.file("xl/worksheets/sheet1.xml", "<row>42</row>".repeat(2000), { date });
    zip.file("xl/media/é-image.png", Buffer.from([0, 1, 2, 3, 255]), { date });
    zip.folder("xl/empty");
    zip.file("xl/blank.xml", "", { date });
    const stored = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });

    const copy = await deflatedCopy(stored);
    assert.ok(copy, "the archive should be copied");
    assert.deepEqual([...(await partsOf(copy)).entries()], [...(await partsOf(stored)).entries()]);
    const directory = readZipDirectory(copy);
    assert.deepEqual(
      directory?.map((entry) => entry.name),
      ["[Content_Types].xml", "xl/", "xl/worksheets/", "xl/worksheets/sheet1.xml", "xl/media/", "xl/media/é-image.png", "xl/empty/", "xl/blank.xml"],
    );
    const sheet = directory?.find((entry) => entry.name === "xl/worksheets/sheet1.xml");
    assert.equal(sheet?.method, 8);
    assert.ok(sheet, "the sheet part should be in the copy");
    assert.ok(sheet.compressedSize < sheet.size / 10, "the repeated XML should deflate to a fraction of its size");
    assert.equal((await JSZip.loadAsync(copy)).files["xl/worksheets/sheet1.xml"].date.getTime(), (await JSZip.loadAsync(stored)).files["xl/worksheets/sheet1.xml"].date.getTime());
  });

  it("copies data-descriptor archives", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a>".repeat(300));
    const streamed = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", streamFiles: true });
    const copy = await deflatedCopy(streamed);
    assert.ok(copy);
    assert.deepEqual([...(await partsOf(copy)).entries()], [...(await partsOf(streamed)).entries()]);
    assert.equal(readZipDirectory(copy)?.[0].flags, 0, "no data descriptor flag in the copy");
  });

  it("gives up on unreadable archives", async () => {
    assert.equal(await deflatedCopy(Buffer.from("not a zip archive at all, just text")), undefined);
    const zip = new JSZip();
    zip.file("a.xml", "<a/>");
    const data = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const damaged = Buffer.from(data);
    damaged.writeUInt32LE(0xdeadbeef, 0); // the local header's signature
    assert.equal(await deflatedCopy(damaged), undefined);
  });

  it("matches exceljs's own save", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    // Fixed, because otherwise core.xml's modified time could differ between the two saves.
    workbook.modified = new Date(Date.UTC(2025, 3, 1));
    const ours = await saveWorkbookBytes(workbook);
    const theirs = Buffer.from(await workbook.xlsx.writeBuffer());
    assert.deepEqual([...(await partsOf(ours)).entries()], [...(await partsOf(theirs)).entries()]);
    assert.ok(ours.length < theirs.length * 1.05, `zlib's archive (${ours.length} bytes) should be about the size of JSZip's (${theirs.length} bytes)`);
  });
});
