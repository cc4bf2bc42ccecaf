import type { Store } from "../store/store.js";
import type { ApiRegistry } from "./api-registry.js";
import type { ServerEngine } from "./engine.js";
import type { InputLimits } from "./read-input.js";

/** What every route module receives. */
export interface RouteContext {
  api: ApiRegistry;
  engine: ServerEngine;
  store: Store;
  limits: InputLimits;
  authRequired: boolean;
}
