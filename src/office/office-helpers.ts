/**
 * The two helpers the add-in took from @microsoft/office-js-helpers. That package is deprecated and
 * its repository archived, so it gets no fixes for newer Office.js; these few lines replace it.
 */

/** Describes an error for support: name and message, then the OfficeExtension.Error code and debug information. */
export function errorDetails(error: unknown): string {
  if (!(error instanceof Error)) return String(error);

  const lines = [`${error.name}: ${error.message}`];
  const { code, debugInfo } = error as Error & { code?: unknown; debugInfo?: unknown };
  if (typeof code === "string") lines.push(`Code: ${code}`);
  if (debugInfo !== undefined) lines.push(`Debug information: ${JSON.stringify(debugInfo)}`);
  return lines.join("\n");
}

/** Returns the sheet with this name, emptied of contents and formats, or a new one; it costs one sync. */
export async function createOrClearSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();

  if (existing.isNullObject) return context.workbook.worksheets.add(name);
  existing.getRange().clear();
  return existing;
}
