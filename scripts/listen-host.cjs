// @ts-check
/**
 * Where `npm start` listens. A local run has the dev mailbox, whose sign-in links must not reach
 * anyone else on the network, so it listens on 127.0.0.1 unless HOSTNAME says otherwise (with a
 * warning); a deployment listens on every interface, as a container must.
 * @param {Record<string, string | undefined>} env
 * @returns {{ host: string; warning: string | null }}
 */
function listenHost(env) {
  const isLocal = (env.ATELIER_MODE || "local").trim() !== "deployment";
  const explicit = env.HOSTNAME?.trim();
  const host = explicit || (isLocal ? "127.0.0.1" : "0.0.0.0");
  const isLoopback = ["127.0.0.1", "localhost", "::1"].includes(host);
  const warning =
    isLocal && !isLoopback
      ? `Warning: HOSTNAME=${host} makes this local run reachable from the network, with its mailbox of sign-in links at /dev/mailbox. Use ATELIER_MODE=deployment for anything others can reach.`
      : null;
  return { host, warning };
}

module.exports = { listenHost };
