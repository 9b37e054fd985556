/**
 * Reads the workbook into the engine's snapshot in two syncs: first the sheets and notes, then, in
 * one request, every sheet's cells, layout and conditional formats. A workbook whose cells pass the
 * payload limit costs one refused sync and then comes in row chunks.
 */
import type { SheetSnapshot, SnapshotNote, WorkbookSnapshot } from "../engine/snapshot";
import { buildSheetSnapshot } from "./build-sheet-snapshot";
import { CELL_PROPERTIES, type CellGrids, gridsOf, readCellsInChunks } from "./read-cells";
import { type SheetLayout, mergesOf, ownedFormatsOf, queueSheetLayout, usedBoxOf, visibleAreasOf } from "./read-layout";
import { notesBySheet, queueNoteList, queueNoteLocations } from "./read-notes";
import { RequestBatch, isPayloadLimitError } from "./request-batch";
import { type HostCapabilities, describeLimitations, detectCapabilities } from "./requirements";
import { chunksOf, isStateSheet, queueStateRead } from "./state-sheet";

export interface ReadOptions {
  /** Largest request or response to plan for, in bytes. */
  payloadBudgetBytes?: number;
}

export interface SnapshotRead {
  snapshot: WorkbookSnapshot;
  /** Names of the sheets that were protected when read. */
  protectedSheets: string[];
  /** The refresh's own conditional formats on each sheet, by sheet name; applyPlan deletes these. */
  ownedFormats: Map<string, Excel.ConditionalFormat[]>;
  /** True when the workbook has the refresh's very hidden state sheet; applyPlan rewrites or deletes it. */
  stateSheetExists: boolean;
  capabilities: HostCapabilities;
  /** Sentences for the pane on what this host could not do. */
  limitations: string[];
  syncs: number;
}

export async function readSnapshot(context: Excel.RequestContext, options: ReadOptions = {}): Promise<SnapshotRead> {
  const capabilities = detectCapabilities();
  const batch = new RequestBatch(context, options.payloadBudgetBytes);

  // Sync 1: nothing per sheet can be asked for before the sheet names are known.
  context.workbook.load("name");
  const worksheets = context.workbook.worksheets.load("items/name, items/protection/protected");
  const noteList = queueNoteList(context, capabilities.notes);
  await batch.sync();

  // Sync 2: everything else at once. The state sheet is read, not refreshed.
  const sheets = worksheets.items.filter((worksheet) => !isStateSheet(worksheet.name));
  const stateSheet = worksheets.items.find((worksheet) => isStateSheet(worksheet.name));
  let stateCells = stateSheet ? queueStateRead(stateSheet) : undefined;
  let layouts = sheets.map((worksheet) => queueSheetLayout(worksheet, capabilities));
  let noteLocations = queueNoteLocations(noteList);
  for (const layout of layouts) layout.used.load(CELL_PROPERTIES);
  let grids: (CellGrids | undefined)[];
  try {
    await batch.sync();
    grids = layouts.map((layout) => (layout.used.isNullObject ? undefined : gridsOf(layout.used)));
  } catch (error) {
    if (!isPayloadLimitError(error)) throw error;
    layouts = sheets.map((worksheet) => queueSheetLayout(worksheet, capabilities));
    stateCells = stateSheet ? queueStateRead(stateSheet) : undefined;
    noteLocations = queueNoteLocations(noteList);
    await batch.sync();
    grids = await readCellsInChunks(batch, layouts.map((layout) => ({ worksheet: layout.worksheet, box: usedBoxOf(layout) })));
  }

  const notes = notesBySheet(noteLocations);
  return {
    snapshot: {
      name: context.workbook.name,
      sheets: layouts.map((layout, i) => snapshotOf(layout, grids[i], notes.get(layout.name) ?? [])),
      stateChunks: stateCells ? chunksOf(stateCells) : undefined,
    },
    stateSheetExists: stateSheet !== undefined,
    protectedSheets: layouts.filter((layout) => layout.isProtected).map((layout) => layout.name),
    ownedFormats: new Map(layouts.map((layout) => [layout.name, ownedFormatsOf(layout)])),
    capabilities,
    limitations: describeLimitations(capabilities),
    syncs: batch.syncs,
  };
}

function snapshotOf(layout: SheetLayout, grids: CellGrids | undefined, notes: SnapshotNote[]): SheetSnapshot {
  return buildSheetSnapshot({
    name: layout.name,
    box: usedBoxOf(layout),
    grids,
    merges: mergesOf(layout),
    visible: visibleAreasOf(layout),
    notes,
  });
}
