import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import path from "node:path";
import { openZipParts } from "../../src/xlsx/zip-parts";

// exceljs reads and writes .xlsx through JSZip, so it is installed with it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip") as {
  new (): { file(name: string, data: string | Buffer, options?: { compression: "STORE" | "DEFLATE" }): void; generateAsync(o: { type: "nodebuffer"; compression?: "STORE" | "DEFLATE" }): Promise<Buffer> };
  loadAsync(data: Buffer): Promise<{ files: Record<string, { dir: boolean; async(type: "nodebuffer"): Promise<Buffer> }> }>;
};

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "cyps-scorecard-2025-03.xlsx");

describe("zip part reader", () => {
  it("reads the sample as JSZip does", async () => {
    const data = readFileSync(SAMPLE);
    const parts = await openZipParts(data);
    const reference = await JSZip.loadAsync(data);
    const names = Object.keys(reference.files).filter((name) => !reference.files[name].dir);
    assert.deepEqual([...parts.names].sort(), names.sort());
    for (const name of names) assert.ok((await parts.read(name)).equals(await reference.files[name].async("nodebuffer")), name);
  });

  it("reads stored and deflated parts", async () => {
    const zip = new JSZip();
    zip.file("stored.xml", "<a>stored</a>", { compression: "STORE" });
    zip.file("deflated.xml", "<b>".repeat(500), { compression: "DEFLATE" });
    const parts = await openZipParts(await zip.generateAsync({ type: "nodebuffer" }));
    assert.equal((await parts.read("stored.xml")).toString(), "<a>stored</a>");
    assert.equal((await parts.read("deflated.xml")).toString(), "<b>".repeat(500));
  });

  it("reads an archive with bytes before it", async () => {
    const zip = new JSZip();
    zip.file("part.xml", "<c/>");
    const prefixed = Buffer.concat([Buffer.from("PREFIX BYTES"), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })]);
    const parts = await openZipParts(prefixed);
    assert.equal((await parts.read("part.xml")).toString(), "<c/>");
  });
});
