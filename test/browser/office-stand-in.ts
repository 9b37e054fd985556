/**
 * The page script that takes the place of office.js in the browser test. It opens the sample
 * workbook in the simulated Excel host, then installs the globals the add-in calls: Excel.run,
 * Office.onReady, Office.actions, Office.addin and Office.context. The page keeps the host in
 * window.simulatedExcel so that the test can read the selection and the sync count.
 *
 * The query string chooses the workbook (?workbook=/path.xlsx) and the Office theme (?theme=dark).
 */
import { openSimulatedExcel, type SimulatedExcel } from "../office/simulated-excel";

declare global {
  interface Window {
    simulatedExcel?: SimulatedExcel;
    /** Function commands registered with Office.actions.associate, by name. */
    officeActions: Map<string, (event: unknown) => unknown>;
  }
}

const DARK_THEME = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" };
const LIGHT_THEME = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" };

const params = new URLSearchParams(window.location.search);
const workbookUrl = params.get("workbook") ?? "/samples/cyps-scorecard-2025-03.xlsx";
const officeTheme = params.get("theme") === "dark" ? DARK_THEME : LIGHT_THEME;

const hostReady = openWorkbook(workbookUrl);
window.officeActions = new Map();

// Assigned before the add-in's bundle runs, because it registers its commands at start-up.
Object.assign(window, {
  Excel: { run: async (batch: (context: Excel.RequestContext) => Promise<unknown>) => (await hostReady).Excel.run(batch) },
  Office: {
    onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
      await hostReady;
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return info;
    },
    actions: {
      associate: (name: string, action: (event: unknown) => unknown) => window.officeActions.set(name, action),
    },
    addin: { showAsTaskpane: () => Promise.resolve() },
    context: {
      officeTheme,
      requirements: {
        isSetSupported: (name: string, minVersion?: string) =>
          window.simulatedExcel?.Office.context.requirements.isSetSupported(name, minVersion) ?? false,
      },
    },
  },
});

async function openWorkbook(url: string): Promise<SimulatedExcel> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Loading the test workbook ${url} failed with HTTP ${response.status}.`);

  const host = await openSimulatedExcel(await response.arrayBuffer(), { workbookName: url.split("/").pop() });
  window.simulatedExcel = host;
  return host;
}
