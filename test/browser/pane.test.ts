/**
 * The task pane in Chromium over the simulated Excel host and the bundled March 2025 sample: refresh,
 * read the summary and findings, select a finding's cell, and save screenshots to test-artifacts/.
 */
import { strict as assert } from "node:assert";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { EMPTY_TEXT } from "../../src/taskpane/components/App";
import { buildPaneForBrowserTest } from "./build-pane";
import { serveDirectory, type StaticServer } from "./static-server";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = join(ROOT, "assets/samples/cyps-scorecard-2025-03.xlsx");
const ARTIFACTS = join(ROOT, "test-artifacts");
const BENCHMARK_SHEET = "CYPS Benchmark Indicators";
const REVIEWER = "Priya Shah";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The parts of the simulated host that the page exposes as window.simulatedExcel. */
interface HostView {
  syncs: number;
  selection?: { sheet: string; address: string };
}

describe("task pane in Chromium", function () {
  this.timeout(180_000);

  let workDir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), "scorecard-pane-"));
    const appDir = join(workDir, "app");
    await buildPaneForBrowserTest(appDir);
    await mkdir(join(appDir, "samples"));
    await copyFile(SAMPLE, join(appDir, "samples/cyps-scorecard-2025-03.xlsx"));

    server = await serveDirectory(appDir);
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // React reports misuse (duplicate keys, invalid nesting) as console errors in development builds.
    // Chromium requests /favicon.ico on its own, and the page has none.
    page.on("console", (message) => {
      const url = message.location().url;
      if (message.type() === "error" && !url.endsWith("/favicon.ico")) pageErrors.push(`${message.text()} (${url})`);
    });
    await page.goto(`${server.origin}/taskpane.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("opens on the empty state", async () => {
    await page.getByText(EMPTY_TEXT).waitFor();
    assert.deepEqual(pageErrors, []);
  });

  it("refresh shows summary and findings", async () => {
    await page.getByRole("button", { name: "Refresh RAG" }).click();
    await page.getByRole("heading", { name: "Findings", level: 2 }).waitFor({ timeout: 60_000 });

    const summary = page.getByRole("region", { name: "Summary" });
    assert.equal(await summary.getByRole("heading", { name: BENCHMARK_SHEET, level: 3 }).count(), 1);
    assert.equal(await summary.getByRole("img", { name: /^Red: \d+$/ }).count(), 2);
    assert.match((await summary.textContent()) ?? "", /with [1-9]\d* syncs? to Excel\./);
    assert.ok((await hostView(page)).syncs > 0);
    assert.deepEqual(pageErrors, []);
  });

  it("clicking a finding selects its cell", async () => {
    const finding = page.getByRole("region", { name: `Findings on ${BENCHMARK_SHEET}` }).getByRole("listitem").first().getByRole("button").first();
    const cell = cellOf(await finding.getAttribute("aria-label"));

    await finding.click();

    await page.getByText(`Selected ${cell} on ${BENCHMARK_SHEET}.`).waitFor();
    assert.deepEqual((await hostView(page)).selection, { sheet: BENCHMARK_SHEET, address: cell });
  });

  it("Enter on a finding selects its cell", async () => {
    const finding = page.getByRole("region", { name: /^Findings on / }).getByRole("listitem").last().getByRole("button").first();
    const region = await finding.evaluate((button) => button.closest("section")?.getAttribute("aria-label") ?? "");
    const target = { sheet: region.replace(/^Findings on /, ""), address: cellOf(await finding.getAttribute("aria-label")) };
    assert.notDeepEqual((await hostView(page)).selection, target, "The last finding is on the cell already selected.");

    await finding.focus();
    await page.keyboard.press("Enter");

    await page.getByText(`Selected ${target.address} on ${target.sheet}.`).waitFor();
    assert.deepEqual((await hostView(page)).selection, target);
  });

  it("accepted finding survives a refresh", async () => {
    await page.getByRole("textbox", { name: "Reviewer" }).fill(REVIEWER);
    const accept = page.getByRole("button", { name: /^Accept the finding at / }).first();
    const cell = ((await accept.getAttribute("aria-label")) ?? "").replace("Accept the finding at ", "");
    await accept.click();
    await page.getByRole("textbox", { name: `Comment on ${cell}` }).fill("Checked against the published tables.");
    await page.getByRole("button", { name: "Accept", exact: true }).click();
    await page.getByText(new RegExp(`^Accepted by ${REVIEWER} on `)).first().waitFor();

    await refreshAgain(page);

    const item = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: `Reopen the finding at ${cell}` }) });
    assert.equal(await item.count(), 1, "the accepted finding should still offer Reopen after a refresh");
    assert.match((await item.textContent()) ?? "", new RegExp(`Accepted by ${REVIEWER} on .*Comment: Checked against the published tables\\.`));
    assert.equal(await page.evaluate(() => localStorage.getItem("scorecard-rag.reviewer-name")), REVIEWER);
    assert.deepEqual(pageErrors, []);
  });

  it("edited value shows in the changes", async () => {
    // B.1's March figure falls from 94.8% to 50%, as if a figure had been corrected since the last refresh.
    await page.evaluate((sheetName) => {
      window.simulatedExcel!.workbook.getWorksheet(sheetName)!.getCell("I6").value = 0.5;
    }, BENCHMARK_SHEET);

    await refreshAgain(page);

    const changes = page.getByRole("region", { name: /^Changes since last refresh \([1-9]\d*\)$/ });
    await changes.waitFor();
    assert.match((await changes.textContent()) ?? "", /B\.1 \(SC\) RAG \(Month\): G → [RA]/);
    await changes.getByRole("button", { name: /B\.1 \(SC\) RAG \(Month\)/ }).click();
    await changes.getByText(`Selected N6 on ${BENCHMARK_SHEET}.`).waitFor();
    assert.deepEqual((await hostView(page)).selection, { sheet: BENCHMARK_SHEET, address: "N6" });
    assert.deepEqual(pageErrors, []);
  });

  it("saves the review screenshot", async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    // The top of the page: undo, summary, the changes and the first findings with their review state.
    await page.screenshot({ path: join(ARTIFACTS, "pane-review.png"), fullPage: true, clip: { x: 0, y: 0, width: 360, height: 1700 }, animations: "disabled" });
  });

  it("saves screenshots", async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    // "disabled" finishes the button's colour transition, which a screenshot would otherwise catch midway.
    await page.screenshot({ path: join(ARTIFACTS, "pane.png"), animations: "disabled" });
    await page.screenshot({ path: join(ARTIFACTS, "pane-full.png"), fullPage: true, animations: "disabled" });
    assert.deepEqual(pageErrors, []);
  });

  it("dark Office theme gives a dark pane", async () => {
    const dark = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await dark.goto(`${server.origin}/taskpane.html?theme=dark`);
    await dark.getByRole("button", { name: "Refresh RAG" }).click();
    await dark.getByRole("heading", { name: "Findings", level: 2 }).waitFor({ timeout: 60_000 });

    const background = await dark.locator("main").evaluate((main) => getComputedStyle(main.parentElement!).backgroundColor);
    assert.match(background, /^rgb\(/, "The pane background is transparent.");
    assert.ok(channelsOf(background).every((channel) => channel < 64), `The pane background is ${background}.`);
    await dark.mouse.move(0, 0);
    await dark.screenshot({ path: join(ARTIFACTS, "pane-dark.png"), animations: "disabled" });
    await dark.close();
  });
});

/** Reads the cell from a finding button's name, such as "Warning at S12: …". */
function cellOf(accessibleName: string | null): string {
  const match = /^\w+ at ([A-Z]+\d+): /.exec(accessibleName ?? "");
  assert.ok(match, `A finding button is named "${accessibleName}", which names no cell.`);
  return match[1];
}

function channelsOf(cssColour: string): number[] {
  return (cssColour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

/** Presses Refresh RAG and waits until that refresh has synced with the host and finished. */
async function refreshAgain(page: Page): Promise<void> {
  const before = (await hostView(page)).syncs;
  await page.getByRole("button", { name: "Refresh RAG" }).click();
  await page.waitForFunction(
    (syncs) => (window.simulatedExcel?.syncs ?? 0) > syncs && [...document.querySelectorAll("button")].some((b) => b.textContent === "Refresh RAG"),
    before,
    { timeout: 60_000 },
  );
}

function hostView(page: Page): Promise<HostView> {
  return page.evaluate(() => {
    const host = window.simulatedExcel;
    if (!host) throw new Error("The page has no simulated Excel host.");
    return { syncs: host.syncs, selection: host.selection && { ...host.selection } };
  });
}
