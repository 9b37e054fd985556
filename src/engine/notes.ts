/**
 * The refresh's notes: one note per flagged cell listing its findings. A person's own note text on the
 * same cell is kept above the refresh's block, and the block is replaced on every refresh.
 */
import { cellAddress } from "./address";
import { OWNED_NOTE_HEADING, joinNote, splitNote } from "./ownership";
import type { Finding, NoteWrite } from "./plan";
import type { SnapshotNote } from "./snapshot";

const SEVERITY_LABEL = { error: "Error", warning: "Warning", info: "Info" } as const;

/** Excel's limit on the text of one note. */
export const MAX_NOTE_LENGTH = 32767;

export function noteBlock(findings: readonly Finding[]): string {
  const lines = findings.map((f) => `${SEVERITY_LABEL[f.severity]}: ${f.message} (${f.code})`);
  return [OWNED_NOTE_HEADING, ...lines].join("\n");
}

/** Returns the note writes that bring the sheet's notes in line with its findings; unchanged notes are left out. */
export function planNotes(findings: readonly Finding[], existing: readonly SnapshotNote[]): NoteWrite[] {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.row}:${finding.col}`;
    const cellFindings = byCell.get(key);
    if (cellFindings) cellFindings.push(finding);
    else byCell.set(key, [finding]);
  }
  const existingByCell = new Map(existing.map((note) => [`${note.row}:${note.col}`, note]));
  const writes: NoteWrite[] = [];

  for (const note of existing) {
    const key = `${note.row}:${note.col}`;
    const { userText, ownedText } = splitNote(note.text);
    if (!ownedText || byCell.has(key)) continue;
    writes.push({ row: note.row, col: note.col, address: cellAddress(note.row, note.col), text: joinNote(userText, "") });
  }

  for (const [key, cellFindings] of byCell) {
    const { row, col } = cellFindings[0];
    const current = existingByCell.get(key)?.text ?? "";
    const text = fitNote(splitNote(current).userText, noteBlock(cellFindings));
    if (text === current) continue;
    writes.push({ row, col, address: cellAddress(row, col), text });
  }
  return writes.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Joins a person's text and the refresh's block, cutting the block (never the person's text) to Excel's limit. */
function fitNote(userText: string, block: string): string | null {
  const joined = joinNote(userText, block);
  if (joined === null || joined.length <= MAX_NOTE_LENGTH) return joined;
  const room = MAX_NOTE_LENGTH - (userText ? userText.length + 2 : 0) - 1;
  if (room <= OWNED_NOTE_HEADING.length) return userText;
  return joinNote(userText, `${block.slice(0, room)}…`);
}
