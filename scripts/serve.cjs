// `npm start` / `npm run dev` after prestart: runs Next with the socket-address hook loaded
// (server/platform/http-hooks.cjs), listening where scripts/listen-host.cjs says.
const path = require("node:path");
const { listenHost } = require("./listen-host.cjs");

const command = process.argv[2] === "dev" ? "dev" : "start";
const hook = path.join(__dirname, "..", "server", "platform", "http-hooks.cjs");
const { host, warning } = listenHost(process.env);
if (warning) console.warn(warning);

// `next dev` serves from a child process: NODE_OPTIONS carries the hook there; `next start` serves here.
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(hook)}`.trim();
require(hook);
process.argv = [process.argv[0], require.resolve("next/dist/bin/next"), command, "-H", host, ...process.argv.slice(3)];
require("next/dist/bin/next");
