/**
 * The refresh's stored state through Office.js: column A of the very hidden sheet ScorecardRAG_State,
 * one chunk of JSON a row (see engine/state.ts). Reading rides on a sync the caller makes anyway;
 * writing only queues, so it goes out with the refresh's own write request.
 */
import { STATE_SHEET_NAME, type StoredState, decodeState, encodeState } from "../engine/state";
import { asTextInput } from "./text-input";

/** One queued change to the state sheet, with the arguments it sends, for the payload estimate. */
export interface StateAction {
  payload: unknown;
  queue: () => void;
}

export function isStateSheet(name: string): boolean {
  return name === STATE_SHEET_NAME;
}

/** Queues the load of the state sheet's cells; read them with chunksOf after the next sync. */
export function queueStateRead(worksheet: Excel.Worksheet): Excel.Range {
  return worksheet.getUsedRangeOrNullObject(true).load("values, columnIndex");
}

/** The text in column A, top to bottom, as the exceljs adapter reads it. */
export function chunksOf(used: Excel.Range): string[] {
  if (used.isNullObject || used.columnIndex !== 0) return [];
  return used.values.map((row) => row[0]).filter((value): value is string => typeof value === "string" && value !== "");
}

/**
 * Reads and decodes the stored state in one sync; undefined when there is none or it cannot be read.
 * A missing sheet gives a null object, and so does its used range.
 */
export async function readStoredState(context: Excel.RequestContext): Promise<StoredState | undefined> {
  const used = queueStateRead(context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME));
  await context.sync();
  return decodeState(chunksOf(used)).state;
}

/** Queues the rewrite of the state sheet (created very hidden when missing), or its removal when state is null. */
export function queueStoredStateWrite(context: Excel.RequestContext, state: StoredState | null, exists: boolean): void {
  for (const action of stateActions(context, state, exists)) action.queue();
}

/** The state sheet's changes as separate actions, so a caller can spread them over requests by size. */
export function stateActions(context: Excel.RequestContext, state: StoredState | null, exists: boolean): StateAction[] {
  const worksheets = context.workbook.worksheets;
  if (state === null) {
    return exists ? [{ payload: STATE_SHEET_NAME, queue: () => worksheets.getItem(STATE_SHEET_NAME).delete() }] : [];
  }

  const sheet = () => worksheets.getItem(STATE_SHEET_NAME);
  const actions: StateAction[] = [];
  if (exists) actions.push({ payload: "A:A", queue: () => sheet().getRange("A:A").clear() });
  else actions.push({ payload: STATE_SHEET_NAME, queue: () => worksheets.add(STATE_SHEET_NAME) });
  // Hidden before any content goes in, so the sheet is never visible to a person, even if a later request fails.
  actions.push({ payload: "VeryHidden", queue: () => { sheet().visibility = "VeryHidden"; } });
  encodeState(state).forEach((chunk, index) => {
    // One row a request action: a chunk is up to 30,000 characters, and the batch splits requests by size.
    const values = [[asTextInput(chunk)]];
    actions.push({ payload: values, queue: () => { sheet().getRange(`A${index + 1}`).values = values; } });
  });
  return actions;
}
