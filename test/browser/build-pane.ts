/**
 * Builds the task pane for the browser test: the project's webpack configuration plus a second
 * entry, the office.js stand-in, with the page's office.js script swapped for that stand-in.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack, { type Configuration } from "webpack";

const ROOT = resolve(__dirname, "../..");

/** The one line of taskpane.html that loads office.js from Microsoft's CDN. */
const OFFICE_JS_SCRIPT = /<script id="office-js"[^>]*><\/script>/;

type ProjectConfig = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

/** Builds into `outputDir` and returns the path of the page to open. */
export async function buildPaneForBrowserTest(outputDir: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's config is CommonJS
  const projectConfig = require(join(ROOT, "webpack.config.js")) as ProjectConfig;
  const base = await projectConfig({}, { mode: "development" });

  const config: Configuration = {
    ...base,
    mode: "development",
    context: ROOT,
    devtool: false,
    entry: { ...(base.entry as Record<string, string>), "office-stand-in": "./test/browser/office-stand-in.ts" },
    output: { ...base.output, path: outputDir, filename: "[name].js", clean: true },
    // Only the page: the manifest and icons that the other plugins copy play no part in the test.
    plugins: (base.plugins ?? []).filter((plugin) => plugin instanceof HtmlWebpackPlugin),
    infrastructureLogging: { level: "error" },
  };
  await runWebpack(config);

  const page = join(outputDir, "taskpane.html");
  const html = await readFile(page, "utf8");
  if (!OFFICE_JS_SCRIPT.test(html)) throw new Error(`${page} has no <script id="office-js"> to replace.`);
  await writeFile(page, html.replace(OFFICE_JS_SCRIPT, '<script src="office-stand-in.js"></script>'));
  return page;
}

function runWebpack(config: Configuration): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolvePromise();
    });
  });
}
