// Calling Atelier's typed API from a Node script with an API token.
//   ATELIER_URL=http://localhost:3000 ATELIER_TOKEN=atl_… npm run api:example
// Create the token at /account/tokens (scopes: members:read, requests:read, notifications:read).
// The AppRouter type gives end-to-end types: try changing a procedure name or an input below and run
// `npm run typecheck`. It only reads: running it never changes your data.
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "../server/router";

const url = process.env.ATELIER_URL ?? "http://localhost:3000";
const token = process.env.ATELIER_TOKEN;
if (!token) {
  console.error("Set ATELIER_TOKEN to an API token (create one at /account/tokens).");
  process.exit(2);
}

const atelier = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: `${url}/api/trpc`,
      transformer: superjson,
      headers: { authorization: `Bearer ${token}` },
    }),
  ],
});

async function main() {
  const me = await atelier.account.me.query();
  console.log(`Signed in as ${me.email} (member since ${me.createdAt.toISOString().slice(0, 10)})`);

  const terms = await atelier.glossary.list.query({ limit: 3 });
  console.log(`First glossary terms: ${terms.map((t) => t.term).join(", ")}`);

  const results = await atelier.search.query.query({ q: "cach", limit: 3 });
  console.log(`Search "cach": ${results.hits.map((h) => `${h.title} (${h.kind.toLowerCase()})`).join(", ")}`);

  const { workspaces } = await atelier.workspace.mine.query();
  console.log(`Workspaces: ${workspaces.map((w) => `${w.name} as ${w.role.toLowerCase()}`).join(", ") || "none"}`);

  // Calls made together travel in one batched HTTP request; each is still checked against the token's scopes.
  const active = workspaces.find((w) => w.id !== undefined);
  const [unread, requests] = await Promise.all([
    atelier.notifications.unreadCount.query().catch(refused),
    active ? atelier.requests.list.query({ workspaceId: active.id }).catch(refused) : null,
  ]);
  if (unread) console.log(`Unread notifications: ${unread.count}`);
  if (requests)
    console.log(
      `Requests in ${active?.name}: ${requests.open.length} open, ${requests.finishedTotal} finished` +
        (requests.open[0]
          ? ` (next: "${requests.open[0].title}", created ${requests.open[0].createdAt.toISOString()})`
          : ""),
    );
}

/** A call the token's scopes do not cover is refused with a 403 naming the scope; the script goes on. */
function refused(error: unknown): null {
  if (!(error instanceof TRPCClientError)) throw error;
  console.log(`Refused (${error.data?.httpStatus}): ${error.message}`);
  return null;
}

main().catch((error) => {
  console.error(error instanceof TRPCClientError ? `API error (${error.data?.httpStatus}): ${error.message}` : error);
  process.exit(1);
});
