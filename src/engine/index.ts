export * from "./snapshot";
export * from "./plan";
export * from "./catalogue";
export * from "./ownership";
export * from "./address";
export { refresh } from "./refresh";
export type { RefreshOptions } from "./refresh";
