// The ribbon command and the pane must share one JavaScript context. That needs the SharedRuntime
// requirement and a long-lived Runtime. The function file and every pane must also use the Runtime's
// URL resource, because Office shares the runtime only with pages whose resid matches it.
import { lookUpResid } from "./check-resources.mjs";
import { findAll, NS, xsiType } from "./namespaces.mjs";

export function checkSharedRuntime(ctx) {
  const requirement = findAll(ctx.root, "Set", NS.app).find((set) => set.attributes.Name === "SharedRuntime");
  if (!requirement) {
    ctx.problem(null, 'the manifest does not require <Set Name="SharedRuntime" MinVersion="1.1"/>');
  }

  const runtimes = findAll(ctx.root, "Runtime", NS.overrides);
  if (runtimes.length !== 1) {
    ctx.problem(runtimes[1]?.line ?? null, `expected exactly one <Runtime>, found ${runtimes.length}`);
    return;
  }
  const [runtime] = runtimes;
  if (runtime.attributes.lifetime !== "long") {
    ctx.problem(runtime.line, '<Runtime> needs lifetime="long" so the ribbon command works before the pane is opened');
  }

  const resid = runtime.attributes.resid;
  const sharers = [
    ...findAll(ctx.root, "FunctionFile", NS.overrides),
    ...findAll(ctx.root, "Action", NS.overrides)
      .filter((action) => xsiType(action) === "ShowTaskpane")
      .flatMap((action) => action.children.filter((child) => child.local === "SourceLocation")),
  ];
  for (const element of sharers) {
    if (element.attributes.resid !== resid) {
      ctx.problem(element.line, `<${element.name}> must use resid "${resid}", like <Runtime>, to share its runtime`);
    }
  }

  const runtimeUrl = lookUpResid(runtime, "Urls")?.attributes.DefaultValue;
  for (const source of findAll(ctx.root, "SourceLocation", NS.app)) {
    if (runtimeUrl && source.attributes.DefaultValue !== runtimeUrl) {
      ctx.problem(source.line, `the default pane ${source.attributes.DefaultValue} differs from the runtime page ${runtimeUrl}`);
    }
  }
}
