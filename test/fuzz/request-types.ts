import type { ActionTarget, KnownIds } from "./targets";

/** One generated request. `claimedLength`: a Content-Length larger than the body sent (only its head and a first chunk go out). */
export type FuzzRequest = {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  claimedLength?: number;
};

export type FuzzContext = {
  origin: string;
  ownerCookie: string;
  writeToken: string;
  actions: ActionTarget[];
  routes: string[];
  known: KnownIds;
};
