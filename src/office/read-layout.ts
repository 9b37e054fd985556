/**
 * The per-sheet requests of the second sync besides the cells: the used range's position, merged
 * areas, visible cells (from which hidden rows and columns follow) and conditional formats.
 */
import type { CellBox } from "../engine/snapshot";
import { isOwnedRuleFormula } from "../engine/ownership";
import { parseAddressList } from "./office-addresses";
import type { HostCapabilities } from "./requirements";

export interface SheetLayout {
  name: string;
  worksheet: Excel.Worksheet;
  isProtected: boolean;
  /** The used range by values only, so cells that are merely formatted do not widen it. */
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  visible?: Excel.RangeAreas;
  formats: Excel.ConditionalFormatCollection;
}

/**
 * Queues the layout loads for one sheet. Merged areas and visible cells are requested of the whole
 * sheet, not the used range, because the used range of an empty sheet is a null object.
 */
export function queueSheetLayout(worksheet: Excel.Worksheet, capabilities: HostCapabilities): SheetLayout {
  const whole = worksheet.getRange();
  return {
    name: worksheet.name,
    worksheet,
    isProtected: worksheet.protection.protected,
    used: worksheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount"),
    // NOTE: Excel fails getMergedAreasOrNullObject past 512 merged areas, which would fail the whole read.
    merged: capabilities.mergedAreas ? whole.getMergedAreasOrNullObject().load("address") : undefined,
    visible: capabilities.visibleCells ? whole.getSpecialCellsOrNullObject("Visible").load("address") : undefined,
    // customOrNullObject, not custom: asking for `custom` fails the whole request when the sheet has any other type of rule.
    formats: whole.conditionalFormats.load("items/type, items/customOrNullObject/rule/formula"),
  };
}

/** Returns the used range as a box of 1-based rows and columns, or null for an empty sheet. */
export function usedBoxOf(layout: SheetLayout): CellBox | null {
  const used = layout.used;
  if (used.isNullObject) return null;
  return { top: used.rowIndex + 1, left: used.columnIndex + 1, bottom: used.rowIndex + used.rowCount, right: used.columnIndex + used.columnCount };
}

/** Merged areas; an empty list when there are none or the host cannot list them. */
export function mergesOf(layout: SheetLayout): CellBox[] {
  if (!layout.merged || layout.merged.isNullObject) return [];
  return parseAddressList(layout.merged.address)
    .map(({ box }) => box)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Visible areas; undefined when the host cannot tell, null when no cell is visible. */
export function visibleAreasOf(layout: SheetLayout): CellBox[] | null | undefined {
  if (!layout.visible) return undefined;
  if (layout.visible.isNullObject) return null;
  return parseAddressList(layout.visible.address).map(({ box }) => box);
}

/** Returns the sheet's conditional formats that the refresh made, found by the tag in their formula. */
export function ownedFormatsOf(layout: SheetLayout): Excel.ConditionalFormat[] {
  return layout.formats.items.filter((format) => {
    const custom = format.customOrNullObject;
    return !custom.isNullObject && isOwnedRuleFormula(custom.rule.formula);
  });
}
