/**
 * Queues the plan's note writes through whichever API the host has: notes (ExcelApi 1.18) or, as a
 * fallback, threaded comments (1.10). Text is written as the plan gives it; the engine has already
 * kept a person's own text above the refresh's block.
 */
import { quoteSheetName } from "../engine/address";
import type { NoteWrite } from "../engine/plan";
import type { SnapshotNote } from "../engine/snapshot";
import type { RequestBatch } from "./request-batch";
import type { NotesApi } from "./requirements";

/** Queues each change and returns how many notes were added, changed or deleted. */
export async function queueNoteWrites(
  batch: RequestBatch,
  sheetName: string,
  writes: readonly NoteWrite[],
  existing: readonly SnapshotNote[],
  api: NotesApi,
): Promise<number> {
  if (api === "none") return 0;

  const existingText = new Map(existing.map((note) => [`${note.row}:${note.col}`, note.text]));
  const target = api === "notes" ? notesTarget(batch.context, sheetName) : commentsTarget(batch.context, sheetName);
  let changed = 0;

  for (const write of writes) {
    const before = existingText.get(`${write.row}:${write.col}`);
    if (write.text === null && before === undefined) continue;
    if (write.text !== null && write.text === before) continue;

    const text = write.text;
    if (text === null) await batch.write([write.address], () => target.remove(write.address));
    else if (before === undefined) await batch.write([write.address, text], () => target.add(write.address, text));
    else await batch.write([write.address, text], () => target.change(write.address, text));
    changed++;
  }
  return changed;
}

interface NoteTarget {
  add(address: string, text: string): void;
  change(address: string, text: string): void;
  remove(address: string): void;
}

function notesTarget(context: Excel.RequestContext, sheetName: string): NoteTarget {
  const notes = context.workbook.worksheets.getItem(sheetName).notes;
  return {
    add: (address, text) => notes.add(address, text),
    change: (address, text) => {
      notes.getItem(address).content = text;
    },
    remove: (address) => notes.getItem(address).delete(),
  };
}

/** Threaded comments are addressed from the workbook, so every address carries the sheet name. */
function commentsTarget(context: Excel.RequestContext, sheetName: string): NoteTarget {
  const comments = context.workbook.comments;
  const full = (address: string) => `${quoteSheetName(sheetName)}!${address}`;
  return {
    add: (address, text) => comments.add(full(address), text),
    change: (address, text) => {
      comments.getItemByCell(full(address)).content = text;
    },
    remove: (address) => comments.getItemByCell(full(address)).delete(),
  };
}
