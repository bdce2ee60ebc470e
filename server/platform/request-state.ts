/**
 * What the HTTP hook (server/platform/http-hooks.cjs) keeps for the request being answered. Outside
 * a hooked server (tests, scripts, Vercel) there is none and marking does nothing.
 */
type RequestState = { isDatabaseUnavailable: boolean };

const current = () =>
  (globalThis as Record<symbol, (() => RequestState | undefined) | undefined>)[Symbol.for("atelier.requestState")]?.();

/** The database could not be reached while answering this request: its 5xx becomes a 503 with Retry-After. */
export function markDatabaseUnavailable() {
  const state = current();
  if (state) state.isDatabaseUnavailable = true;
}
