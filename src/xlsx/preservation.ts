/**
 * What exceljs 4.4 would drop if it saved this workbook. Each part below was checked by a round trip
 * (load, save, look in the new zip): charts, pivot tables, threaded comments, macros, external links,
 * sparklines and a note on a cell with no cell entry are gone afterwards. Slicers, timelines, shapes and
 * controls are refused too, because exceljs has no reader for them.
 * The command line refuses such a workbook rather than write a damaged copy.
 */
import type ExcelJS from "exceljs";
import { openZipParts, type ZipParts } from "./zip-parts";

/** Zip parts exceljs does not read, by folder or file name, named in the words a person uses for them. */
const UNKEPT_PARTS: [RegExp, string][] = [
  [/^xl\/charts\//, "a chart"],
  [/^xl\/chartsheets\//, "a chart sheet"],
  [/^xl\/pivotTables\//, "a pivot table"],
  [/^xl\/pivotCache\//, "a pivot table"],
  [/^xl\/slicers?/, "a slicer"],
  [/^xl\/slicerCaches\//, "a slicer"],
  [/^xl\/timelines?\//, "a timeline"],
  [/^xl\/timelineCaches\//, "a timeline"],
  [/^xl\/threadedComments\//, "threaded comments"],
  [/vbaProject\.bin$/, "macros"],
  [/^xl\/externalLinks\//, "links to other workbooks"],
  [/^xl\/ctrlProps\//, "form controls"],
  [/^xl\/activeX\//, "ActiveX controls"],
];

/** Drawing elements other than pictures: charts in a frame, shapes, groups and connectors. */
const DRAWN_OBJECT = /<(?:\w+:)?(?:graphicFrame|sp|grpSp|cxnSp)[\s>]/;

/** The one sheet extension exceljs reads and writes back: newer conditional formats. */
const KEPT_EXTENSION_URI = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";

/**
 * Returns the part of the workbook that exceljs would lose, such as "a chart", or undefined when a
 * save through exceljs keeps everything. `workbook` is the same bytes as loaded by exceljs.
 */
export async function findUnkeptPart(data: Buffer | Uint8Array, workbook: ExcelJS.Workbook): Promise<string | undefined> {
  const zip = await openZipParts(Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  const names = zip.names;

  for (const name of names) {
    const match = UNKEPT_PARTS.find(([pattern]) => pattern.test(name));
    if (match) return match[1];
  }
  for (const name of names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))) {
    if (DRAWN_OBJECT.test((await zip.read(name)).toString("utf8"))) return "a chart or a shape";
  }
  for (const name of names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    // Most sheets have no extension list; looking for it in the bytes saves decoding megabytes of cells.
    const bytes = await zip.read(name);
    if (bytes.indexOf("<extLst") < 0) continue;
    const extension = unkeptExtension(bytes.toString("utf8"));
    if (extension) return extension;
  }

  // Counting the notes walks every cell, so it waits until there is a comment part to compare it with.
  const commentRefs = await countCommentRefs(zip, names);
  if (commentRefs > 0 && commentRefs > countNotes(workbook)) return "notes on cells that are otherwise empty";
  return undefined;
}

/** Names a sheet extension exceljs would drop: sparklines, newer data validations and the like. */
function unkeptExtension(xml: string): string | undefined {
  const start = xml.indexOf("<extLst");
  if (start < 0) return undefined;
  const uris = [...xml.slice(start).matchAll(/<(?:\w+:)?ext\b[^>]*\buri="([^"]+)"/g)].map((match) => match[1]);
  const dropped = uris.filter((uri) => uri.toUpperCase() !== KEPT_EXTENSION_URI.toUpperCase());
  if (dropped.length === 0) return undefined;
  return /sparkline/i.test(xml) ? "sparklines" : "newer Excel features on a sheet (such as sparklines or data validation lists from other sheets)";
}

async function countCommentRefs(zip: ZipParts, names: string[]): Promise<number> {
  let count = 0;
  for (const name of names.filter((n) => /^xl\/(?:comments\/)?comments?\d*\.xml$/.test(n))) {
    count += ((await zip.read(name)).toString("utf8").match(/<comment\s[^>]*\bref="/g) ?? []).length;
  }
  return count;
}

function countNotes(workbook: ExcelJS.Workbook): number {
  let count = 0;
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.note !== undefined && cell.note !== null) count++;
      }),
    );
  }
  return count;
}
