// Every resid must name a resource of the kind its element needs: a Label needs a short string, an
// Icon image an image, a SourceLocation a URL. Office rejects a manifest that breaks this at upload.
import { allElements } from "./parse-xml.mjs";
import { childrenNamed, closestAncestor } from "./namespaces.mjs";

const KINDS = {
  Images: { item: "Image", label: "bt:Images" },
  Urls: { item: "Url", label: "bt:Urls" },
  ShortStrings: { item: "String", label: "bt:ShortStrings", maxLength: 125 },
  LongStrings: { item: "String", label: "bt:LongStrings", maxLength: 250 },
};

const KIND_BY_ELEMENT = {
  Image: "Images",
  Runtime: "Urls",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
  Tooltip: "LongStrings",
};

const MAX_RESID_LENGTH = 32;

/** Maps each kind ("Images", "Urls"…) to a Map of id → resource element, for one Resources element. */
export function collectResources(resourcesElement) {
  const byKind = Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, new Map()]));
  if (!resourcesElement) return byKind;
  for (const [kind, { item }] of Object.entries(KINDS)) {
    for (const group of childrenNamed(resourcesElement, kind)) {
      for (const resource of childrenNamed(group, item)) byKind[kind].set(resource.attributes.id, resource);
    }
  }
  return byKind;
}

/** Finds the resource a resid points to in the nearest VersionOverrides, or returns undefined. */
export function lookUpResid(element, kind) {
  return resourcesFor(element)[kind]?.get(element.attributes.resid);
}

const cache = new WeakMap();
function resourcesFor(element) {
  const overrides = closestAncestor(element, "VersionOverrides");
  if (!overrides) return collectResources(null);
  if (!cache.has(overrides)) cache.set(overrides, collectResources(childrenNamed(overrides, "Resources")[0]));
  return cache.get(overrides);
}

export function checkResources(ctx) {
  const used = new Set();
  for (const element of allElements(ctx.root)) {
    if (!("resid" in element.attributes)) continue;
    const resource = checkResid(ctx, element);
    if (resource) used.add(resource);
  }

  for (const overrides of allElements(ctx.root).filter((e) => e.local === "VersionOverrides")) {
    checkDefinitions(ctx, childrenNamed(overrides, "Resources")[0], used);
  }
}

function checkResid(ctx, element) {
  const { resid } = element.attributes;
  const kind = KIND_BY_ELEMENT[element.local];
  if (!kind) {
    ctx.problem(element.line, `<${element.name} resid="${resid}">: this validator does not know which resource kind it needs`);
    return null;
  }
  if (resid.length > MAX_RESID_LENGTH) {
    ctx.problem(element.line, `resid "${resid}" is longer than ${MAX_RESID_LENGTH} characters`);
  }

  const resource = lookUpResid(element, kind);
  if (resource) return resource;
  const elsewhere = Object.keys(KINDS).find((other) => other !== kind && lookUpResid(element, other));
  const hint = elsewhere ? ` (there is one in ${KINDS[elsewhere].label}, the wrong kind for <${element.name}>)` : "";
  ctx.problem(element.line, `<${element.name} resid="${resid}"> has no resource with that id in ${KINDS[kind].label}${hint}`);
  return null;
}

function checkDefinitions(ctx, resourcesElement, used) {
  if (!resourcesElement) return;
  // Office requires resource ids to be unique across all kinds, not just within one.
  const seen = new Set();
  for (const [kind, { item, label, maxLength }] of Object.entries(KINDS)) {
    for (const group of childrenNamed(resourcesElement, kind)) {
      for (const resource of childrenNamed(group, item)) {
        const { id, DefaultValue: value } = resource.attributes;
        if (!id) ctx.problem(resource.line, `a resource in ${label} has no id`);
        else if (seen.has(id)) ctx.problem(resource.line, `resource id "${id}" is used by more than one resource`);
        else if (id.length > MAX_RESID_LENGTH) {
          ctx.problem(resource.line, `resource id "${id}" is longer than ${MAX_RESID_LENGTH} characters`);
        }
        seen.add(id);
        if (!value) ctx.problem(resource.line, `resource "${id}" in ${label} has no DefaultValue`);
        else if (maxLength && value.length > maxLength) {
          ctx.problem(resource.line, `resource "${id}" is ${value.length} characters; ${label} allows ${maxLength}`);
        }
        if (id && !used.has(resource)) ctx.warn(`resource "${id}" in ${label} is never used`);
      }
    }
  }
}
