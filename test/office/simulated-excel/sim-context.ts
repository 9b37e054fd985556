/**
 * The simulated RequestContext: actions queue up as the add-in calls the API and run against the
 * exceljs workbook only at sync(), in order, as one request. Loaded values reach the proxies only
 * when the whole request succeeds.
 */
import { apiNotFound, cellEditMode, payloadTooLarge } from "./errors";
import { type HostState, hostSupports } from "./host-state";

export interface ActionResult {
  /** The data this action returns to the add-in; it counts towards the response size. */
  response: unknown;
  /** Copies the data into the proxies; runs only when the whole request succeeds. */
  commit(): void;
}

export interface QueuedAction {
  /** What Office.js would send for this action; its JSON length counts towards the request size. */
  request: Record<string, unknown>;
  /** ExcelApi version the action needs, such as "1.18". */
  requires?: string;
  /** True for actions that change the workbook, the selection or the active sheet. */
  isWrite: boolean;
  run(): ActionResult | void;
}

export class SimContext {
  private queue: QueuedAction[] = [];
  workbook!: object;
  /**
   * Changes whenever the workbook may have changed: at the start of each sync and after each write.
   * Proxies cache what they resolved against it, so one request does not rescan a sheet per action.
   */
  stateVersion = 0;

  constructor(readonly host: HostState) {}

  get hasPendingActions(): boolean {
    return this.queue.length > 0;
  }

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.host.syncs++;
    this.stateVersion++;
    // A real sync is a round trip, so resolve on a later turn: a missing await then shows up in tests.
    await new Promise((resolve) => setTimeout(resolve, 0));

    const record = { requestBytes: jsonLength(actions.map((action) => action.request)), responseBytes: 0, actions: actions.length };
    this.host.syncLog.push(record);
    if (this.host.cellEditMode) throw cellEditMode();
    if (record.requestBytes > this.host.payloadLimitBytes) {
      throw payloadTooLarge("Request", record.requestBytes, this.host.payloadLimitBytes);
    }

    const results = this.runAll(actions);

    record.responseBytes = jsonLength(results.map((result) => result.response));
    if (record.responseBytes > this.host.payloadLimitBytes) {
      throw payloadTooLarge("Response", record.responseBytes, this.host.payloadLimitBytes);
    }
    for (const result of results) result.commit();
  }

  /** Runs the actions in order. Like Excel, it stops at the first failure and keeps what ran before it. */
  private runAll(actions: QueuedAction[]): ActionResult[] {
    const results: ActionResult[] = [];
    for (const action of actions) {
      if (action.requires && !hostSupports(this.host, action.requires)) {
        throw apiNotFound(`ExcelApi ${action.requires}`, String(action.request.o ?? ""));
      }
      const result = action.run();
      if (action.isWrite) {
        this.host.writes++;
        this.stateVersion++;
      }
      if (result) results.push(result);
    }
    return results;
  }
}

function jsonLength(value: unknown): number {
  return JSON.stringify(value).length;
}
