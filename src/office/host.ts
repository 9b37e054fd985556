/**
 * The adapter's only way to the `Excel` and `Office` globals. Tests and the browser test page put a
 * simulated host in their place with setHost(), and take it out again with setHost(undefined), so no
 * global is replaced and nothing leaks from one test to the next.
 */

/** The part of the `Excel` namespace the adapter calls. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The part of the `Office` namespace the adapter calls. */
export interface OfficeHost {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export interface Host {
  Excel: ExcelHost;
  Office: OfficeHost;
}

let injected: Host | undefined;

/** Replaces the Office.js globals for the adapter; undefined goes back to the globals. */
export function setHost(host: Host | undefined): void {
  injected = host;
}

export function getExcel(): ExcelHost {
  if (injected) return injected.Excel;
  if (typeof Excel === "undefined") throw new Error("Excel is not available: the add-in is not running in Excel and no host was set with setHost().");
  return Excel;
}

export function getOffice(): OfficeHost {
  if (injected) return injected.Office;
  if (typeof Office === "undefined") throw new Error("Office is not available: the add-in is not running in Office and no host was set with setHost().");
  return Office;
}
