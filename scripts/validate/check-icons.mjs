// Every icon the manifest names must exist in assets/ at the size it is declared at. A wrong-sized
// icon gets scaled and looks blurred, and a missing one leaves the button blank.
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { lookUpResid } from "./check-resources.mjs";
import { findAll, NS } from "./namespaces.mjs";

const PNG_SIGNATURE = "89504e470d0a1a0a";
// webpack.config.js copies only assets/icon-*.png into the build.
const COPIED_BY_WEBPACK = /^icon-[\w-]+\.png$/;
const ADD_IN_ICONS = { IconUrl: [32, 64], HighResolutionIconUrl: [64, 128] };

/** Reads the width and height from a PNG's IHDR chunk, or returns null when the file is not a PNG. */
export function pngSize(file) {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== PNG_SIGNATURE) return null;
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function checkIcons(ctx) {
  for (const [local, sizes] of Object.entries(ADD_IN_ICONS)) {
    for (const element of findAll(ctx.root, local, NS.app)) {
      checkIcon(ctx, element, element.attributes.DefaultValue, sizes);
    }
  }

  // The sizes a bt:Image resource is declared at come from the <Icon> lists that point at it.
  const declared = new Map();
  for (const use of findAll(ctx.root, "Image", NS.basic).filter((e) => "resid" in e.attributes)) {
    const resource = lookUpResid(use, "Images");
    if (!resource) continue; // reported by the resource check
    if (!declared.has(resource)) declared.set(resource, new Set());
    declared.get(resource).add(Number(use.attributes.size));
  }
  for (const resource of findAll(ctx.root, "Image", NS.basic).filter((e) => "id" in e.attributes)) {
    const sizes = [...(declared.get(resource) ?? [])];
    checkIcon(ctx, resource, resource.attributes.DefaultValue, sizes, true);
  }
}

function checkIcon(ctx, element, value, sizes, everySize = false) {
  const file = assetFile(ctx, element, value);
  if (!file) return;
  const size = pngSize(file.path);
  if (!size) {
    ctx.problem(element.line, `${file.label} is not a PNG file`);
    return;
  }

  const { width, height } = size;
  if (width !== height) ctx.problem(element.line, `${file.label} is ${width}×${height} px; icons must be square`);
  const fromName = /-(\d+)\.png$/.exec(file.label);
  if (fromName && Number(fromName[1]) !== width) {
    ctx.problem(element.line, `${file.label} is ${width}×${height} px, but its name says ${fromName[1]} px`);
  }
  const wrong = everySize ? sizes.filter((s) => s !== width) : sizes.includes(width) ? [] : sizes;
  if (wrong.length > 0) {
    const expected = everySize ? wrong.join(" and ") : sizes.join(" or ");
    ctx.problem(element.line, `${file.label} is ${width}×${height} px, but <${element.name}> needs ${expected} px`);
  }
}

/** Maps an icon URL to its file in assets/, reporting when it cannot. */
function assetFile(ctx, element, value) {
  let url;
  try {
    url = new URL(value ?? "");
  } catch {
    return null; // the URL check reports it
  }
  const match = /^\/assets\/([^/]+)$/.exec(decodeURIComponent(url.pathname));
  if (!match) {
    ctx.problem(element.line, `icon ${value} must be served from /assets/ (webpack copies assets/icon-*.png there)`);
    return null;
  }
  const label = `assets/${match[1]}`;
  if (!COPIED_BY_WEBPACK.test(basename(label))) {
    ctx.problem(element.line, `${label} is not copied into the build: webpack copies only assets/icon-*.png`);
  }
  const path = join(ctx.repoRoot, "assets", match[1]);
  if (!existsSync(path)) {
    ctx.problem(element.line, `icon file ${label} is missing`);
    return null;
  }
  return { path, label };
}
