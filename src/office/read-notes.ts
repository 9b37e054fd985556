/**
 * Reads the notes: ExcelApi 1.18 notes, else threaded comments (1.10), else none. The list comes in
 * the first sync; where each note sits comes in the second, since getLocation() needs the items.
 */
import type { SnapshotNote } from "../engine/snapshot";
import { parseAddress } from "./office-addresses";
import type { NotesApi } from "./requirements";

/** The members that a Note and a Comment share. */
interface NoteLike {
  content: string;
  getLocation(): Excel.Range;
}

export interface NoteList {
  items(): NoteLike[];
}

/** Queues the note list for the first sync; undefined when the host has neither API. */
export function queueNoteList(context: Excel.RequestContext, api: NotesApi): NoteList | undefined {
  if (api === "notes") {
    const notes = context.workbook.notes.load("items/content");
    return { items: () => notes.items };
  }
  if (api === "comments") {
    const comments = context.workbook.comments.load("items/content");
    return { items: () => comments.items };
  }
  return undefined;
}

export interface QueuedNoteLocations {
  content: string;
  location: Excel.Range;
}

/** Queues the address of every listed note for the next sync. */
export function queueNoteLocations(list: NoteList | undefined): QueuedNoteLocations[] {
  if (!list) return [];
  return list.items().map((item) => ({ content: item.content, location: item.getLocation().load("address") }));
}

/** Groups the synced notes by sheet name, each sheet's in row then column order. */
export function notesBySheet(queued: readonly QueuedNoteLocations[]): Map<string, SnapshotNote[]> {
  const bySheet = new Map<string, SnapshotNote[]>();
  for (const { content, location } of queued) {
    const { sheet, box } = parseAddress(location.address);
    const notes = bySheet.get(sheet) ?? [];
    notes.push({ row: box.top, col: box.left, text: content });
    bySheet.set(sheet, notes);
  }
  for (const notes of bySheet.values()) notes.sort((a, b) => a.row - b.row || a.col - b.col);
  return bySheet;
}
