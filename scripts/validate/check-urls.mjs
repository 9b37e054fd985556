// Every URL in the manifest must point at the webpack dev-server, so that a sideloaded add-in loads
// the pages and icons that `npm run dev-server` serves, and nothing from anywhere else.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { allElements } from "./parse-xml.mjs";

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const PORT_IN_CONFIG = /\bDEV_SERVER_PORT\s*=\s*(\d+)|\bport\s*:\s*(\d+)/;

/** Reads the dev-server port from webpack.config.js without running it, or returns null when it is missing. */
export function readDevServerPort(repoRoot) {
  const configPath = join(repoRoot, "webpack.config.js");
  if (!existsSync(configPath)) return null;
  const match = PORT_IN_CONFIG.exec(readFileSync(configPath, "utf8"));
  return match ? Number(match[1] ?? match[2]) : null;
}

/** Lists every URL written in the manifest as { element, value }: URL-like attributes and AppDomain text. */
export function manifestUrls(root) {
  const urls = [];
  for (const element of allElements(root)) {
    for (const [key, value] of Object.entries(element.attributes)) {
      // Namespace declarations look like URLs but are names, not addresses.
      if (key === "xmlns" || key.startsWith("xmlns:")) continue;
      if (HAS_SCHEME.test(value)) urls.push({ element, value });
    }
    if (element.local === "AppDomain") urls.push({ element, value: element.text.trim() });
  }
  return urls;
}

export function checkUrls(ctx) {
  if (ctx.port === null) {
    ctx.problem(null, "could not find the dev-server port in webpack.config.js (expected DEV_SERVER_PORT = <number>)");
    return;
  }
  const expected = `https://localhost:${ctx.port}/`;
  for (const { element, value } of manifestUrls(ctx.root)) {
    if (!isDevServerUrl(value, ctx.port)) {
      ctx.problem(element.line, `URL ${value} must start with ${expected} (the dev-server in webpack.config.js)`);
      continue;
    }
    checkPageExists(ctx, element, new URL(value));
  }
}

function isDevServerUrl(value, port) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === "https:" && url.hostname === "localhost" && url.port === String(port);
}

/** Checks that an .html page has a template in src/ for webpack to build. check-icons.mjs checks icons. */
function checkPageExists(ctx, element, url) {
  if (!url.pathname.endsWith(".html")) return;
  const name = url.pathname.split("/").pop();
  if (!findFile(join(ctx.repoRoot, "src"), name)) {
    ctx.problem(element.line, `${url.href}: no ${name} under src/ for webpack to build`);
  }
}

function findFile(dir, name) {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? findFile(join(dir, entry.name), name) : entry.name === name,
  );
}
