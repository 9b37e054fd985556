/**
 * The base of every simulated proxy object. Like an Office.js ClientObject it contains no live data:
 * it knows how to find its target at sync time, queues loads and writes, and throws when a property
 * is read that no completed sync has loaded.
 */
import { invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import { type LoadArgument, type LoadTree, parseLoadArgument } from "./load-tree";
import type { SimContext } from "./sim-context";

export interface SimObjectOptions {
  /** The object comes from an *OrNullObject method or property, so an absent target is not an error. */
  orNull?: boolean;
  /** Queue a check at creation, as *OrNullObject methods do, so isNullObject is known after the next sync. */
  instantiate?: boolean;
  /** ExcelApi version the object needs. */
  requires?: string;
}

type Commit = () => void;

export abstract class SimObject<T = unknown> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly navigations = new Map<string, SimObject | undefined>();
  private resolved: { version: number; target: T | null } | undefined;

  constructor(
    readonly context: SimContext,
    readonly objectPath: string,
    private readonly resolver: () => T | null,
    protected readonly options: SimObjectOptions = {},
  ) {
    if (options.orNull && options.instantiate) this.enqueueInstantiate();
  }

  /** The Office.js class name, used in error locations such as "Range.values". */
  abstract readonly typeName: string;

  /** The scalar properties a bare load() loads. */
  protected abstract scalarNames(): readonly string[];

  protected abstract readScalar(name: string, target: T): unknown;

  /** Creates the child object behind a navigation property such as "protection" or "format". */
  protected createNavigation(_name: string): SimObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject", `${this.typeName}.isNullObject`);
    return this.nullState;
  }

  load(argument?: LoadArgument): this {
    const tree = parseLoadArgument(argument);
    this.context.enqueue({
      request: { a: "load", o: this.objectPath, p: argument ?? null },
      requires: this.options.requires,
      isWrite: false,
      run: () => {
        const commits: Commit[] = [];
        const response = this.materialize(tree, commits);
        return { response, commit: () => commits.forEach((commit) => commit()) };
      },
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  /** Finds the target now; null when it does not exist. */
  resolve(): T | null {
    const version = this.context.stateVersion;
    if (this.resolved?.version !== version) this.resolved = { version, target: this.resolver() };
    return this.resolved.target;
  }

  /** Finds the target for an action; an absent target fails the request with ItemNotFound, as in Excel. */
  target(): T {
    const target = this.resolve();
    if (target === null) throw itemNotFound(this.objectPath);
    return target;
  }

  navigation(name: string): SimObject | undefined {
    if (!this.navigations.has(name)) this.navigations.set(name, this.createNavigation(name));
    return this.navigations.get(name);
  }

  /** Reads the loaded properties named in the tree; the commits copy them into the proxies. */
  materialize(tree: LoadTree, commits: Commit[]): unknown {
    const target = this.resolve();
    if (target === null) {
      if (!this.options.orNull) throw itemNotFound(this.objectPath);
      commits.push(() => this.markNull(true));
      return { _IsNull: true };
    }
    commits.push(() => this.markNull(false));

    const data: Record<string, unknown> = {};
    const names = tree.size > 0 ? [...tree.keys()] : this.scalarNames();
    for (const name of names) {
      if (name === "isNullObject") continue;
      const child = this.navigation(name);
      if (child) {
        data[name] = child.materialize(tree.get(name) ?? new Map(), commits);
        continue;
      }
      if (!this.scalarNames().includes(name)) {
        throw invalidArgument(`"${name}" is not a property of ${this.typeName}.`, `${this.typeName}.load`);
      }
      const value = this.readScalar(name, target);
      data[name] = value;
      commits.push(() => this.loaded.set(name, value));
    }
    return data;
  }

  protected markNull(isNull: boolean): void {
    this.nullState = isNull;
  }

  protected getLoaded<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, `${this.typeName}.${name}`);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write. Office.js also keeps the value on the proxy, so it reads back at once. */
  protected queueSet(name: string, value: unknown, apply: (target: T) => void, requires?: string): void {
    this.loaded.set(name, value);
    this.context.enqueue({
      request: { a: "set", o: this.objectPath, n: name, v: value },
      requires: requires ?? this.options.requires,
      isWrite: true,
      run: () => apply(this.target()),
    });
  }

  /** Queues a method call that changes the workbook or the selection. */
  protected queueCall(method: string, args: unknown[], apply: (target: T) => void, requires?: string): void {
    this.context.enqueue({
      request: { a: "call", o: this.objectPath, m: method, args },
      requires: requires ?? this.options.requires,
      isWrite: true,
      run: () => apply(this.target()),
    });
  }

  private enqueueInstantiate(): void {
    this.context.enqueue({
      request: { a: "instantiate", o: this.objectPath },
      requires: this.options.requires,
      isWrite: false,
      run: () => {
        const isNull = this.resolve() === null;
        return { response: { _IsNull: isNull }, commit: () => this.markNull(isNull) };
      },
    });
  }
}

/** A collection proxy: `items` becomes readable once a sync has loaded it. */
export abstract class SimCollection<T, Item extends SimObject> extends SimObject<T> {
  private loadedItems: Item[] | undefined;

  get items(): Item[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", `${this.typeName}.items`);
    return this.loadedItems;
  }

  /** Creates one proxy per current member, each bound to that member rather than to a position. */
  protected abstract createItems(target: T): Item[];

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(name: string): unknown {
    throw invalidArgument(`"${name}" is not a property of ${this.typeName}.`, `${this.typeName}.load`);
  }

  override materialize(tree: LoadTree, commits: Commit[]): unknown {
    const items = this.createItems(this.target());
    const itemTree = tree.get("items") ?? new Map();
    const data = items.map((item) => item.materialize(itemTree, commits));
    commits.push(() => {
      this.loadedItems = items;
      this.markNull(false);
    });
    return { items: data };
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this.loadedItems ?? []).map((item) => item.toJSON()) };
  }
}
