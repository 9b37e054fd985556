/**
 * Conditional formats over exceljs's `worksheet.conditionalFormattings` ({ ref, rules }). Each rule is
 * one Office.js ConditionalFormat; priority 0 is the top, as exceljs's lowest priority number.
 */
import type ExcelJS from "exceljs";
import { type Box, intersects, localAddress, parseReference } from "./a1";
import { type FormatTarget, type Formatting, type Rule, SimCustomConditionalFormat } from "./custom-format";
import { invalidArgument, invalidOperation } from "./errors";
import type { RangeTarget } from "./range";
import { assertUnprotected } from "./sheet-geometry";
import { SimCollection, SimObject } from "./sim-object";

/** exceljs rule types and the Office.js ConditionalFormatType each one is. */
const OFFICE_TYPE: Record<string, string> = {
  expression: "Custom",
  cellIs: "CellValue",
  colorScale: "ColorScale",
  dataBar: "DataBar",
  iconSet: "IconSet",
  top10: "TopBottom",
  containsText: "ContainsText",
};

export class SimConditionalFormatCollection extends SimCollection<RangeTarget, SimConditionalFormat> {
  readonly typeName = "ConditionalFormatCollection";

  /** Adds a rule at the top priority, as Excel does. Only "Custom" is simulated. */
  add(type: string): SimConditionalFormat {
    const created: { target: FormatTarget | null } = { target: null };
    this.queueCall("add", [type], ({ sheet, box }) => {
      if (type !== "Custom") throw invalidArgument(`The simulated host adds only "Custom" conditional formats, not "${type}".`, "ConditionalFormatCollection.add");
      assertUnprotected(sheet, "ConditionalFormatCollection.add");
      const rule: Rule = { type: "expression", formulae: [], style: {} };
      const formatting: Formatting = { ref: localAddress(box), rules: [rule] };
      formattingsOf(sheet).push(formatting);
      reorder(sheet, rule, 0);
      created.target = { sheet, formatting, rule };
    });
    return new SimConditionalFormat(this.context, `${this.objectPath}.add("${type}")`, () => created.target && stillThere(created.target));
  }

  protected createItems({ sheet, box }: RangeTarget): SimConditionalFormat[] {
    return orderedTargets(sheet)
      .filter(({ formatting }) => refBoxes(formatting.ref).some((ref) => intersects(ref, box)))
      .map((target, index) => new SimConditionalFormat(this.context, `${this.objectPath}.getItemAt(${index})`, () => stillThere(target)));
  }
}

export class SimConditionalFormat extends SimObject<FormatTarget> {
  readonly typeName = "ConditionalFormat";

  get type(): string { return this.getLoaded("type"); }

  get priority(): number {
    return this.getLoaded("priority");
  }

  set priority(priority: number) {
    this.queueSet("priority", priority, ({ sheet, rule }) => reorder(sheet, rule, priority));
  }

  get custom(): SimCustomConditionalFormat {
    return this.navigation("custom") as SimCustomConditionalFormat;
  }

  get customOrNullObject(): SimCustomConditionalFormat {
    return this.navigation("customOrNullObject") as SimCustomConditionalFormat;
  }

  delete(): void {
    this.queueCall("delete", [], ({ sheet, formatting, rule }) => {
      assertUnprotected(sheet, "ConditionalFormat.delete");
      formatting.rules.splice(formatting.rules.indexOf(rule), 1);
      if (formatting.rules.length === 0) formattingsOf(sheet).splice(formattingsOf(sheet).indexOf(formatting), 1);
    });
  }

  protected scalarNames(): readonly string[] {
    return ["type", "priority", "stopIfTrue"];
  }

  protected readScalar(name: string, target: FormatTarget): unknown {
    if (name === "type") return OFFICE_TYPE[target.rule.type] ?? "PresetCriteria";
    if (name === "priority") return orderedTargets(target.sheet).findIndex((t) => t.rule === target.rule);
    return Boolean(target.rule.stopIfTrue);
  }

  protected override createNavigation(name: string): SimObject | undefined {
    if (name !== "custom" && name !== "customOrNullObject") return undefined;
    const orNull = name === "customOrNullObject";
    return new SimCustomConditionalFormat(this.context, `${this.objectPath}.${name}`, () => {
      const target = this.resolve();
      if (!target || target.rule.type === "expression") return target;
      // Excel rejects the non-null accessor on another type of rule; the OrNullObject one gives a null object.
      if (orNull) return null;
      throw invalidOperation("ConditionalFormat.custom");
    }, { orNull });
  }
}

function formattingsOf(sheet: ExcelJS.Worksheet): Formatting[] {
  return (sheet as unknown as { conditionalFormattings: Formatting[] }).conditionalFormattings;
}

/** Returns every rule of the sheet, top priority first; rules without a priority keep their file order at the end. */
function orderedTargets(sheet: ExcelJS.Worksheet): FormatTarget[] {
  const targets = formattingsOf(sheet).flatMap((formatting) => formatting.rules.map((rule) => ({ sheet, formatting, rule })));
  return targets.sort((a, b) => (a.rule.priority ?? Infinity) - (b.rule.priority ?? Infinity));
}

/**
 * Moves a rule to a 0-based position and renumbers the sheet's priorities from 1. A position past
 * either end is clamped, as Excel documents. A negative one counts from the end (-1 is last), which is
 * how this host reads Excel's "use a negative priority to begin from the back".
 */
function reorder(sheet: ExcelJS.Worksheet, rule: Rule, position: number): void {
  const rules = orderedTargets(sheet).map((target) => target.rule).filter((other) => other !== rule);
  const index = position < 0 ? rules.length + 1 + position : position;
  rules.splice(Math.max(0, Math.min(index, rules.length)), 0, rule);
  rules.forEach((each, index) => (each.priority = index + 1));
}

function stillThere(target: FormatTarget): FormatTarget | null {
  return formattingsOf(target.sheet).includes(target.formatting) && target.formatting.rules.includes(target.rule) ? target : null;
}

function refBoxes(ref: string): Box[] {
  return ref.split(/\s+/).filter(Boolean).map((part) => parseReference(part));
}
