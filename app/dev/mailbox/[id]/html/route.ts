import { isMailboxEnabled, readMailboxMessage } from "@/server/mail/mailbox";
import { db } from "@/server/platform/db";

export const dynamic = "force-dynamic";

/** The HTML part of a stored email as a mail client shows it (local runs only), sandboxed: no scripts run. */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  if (!isMailboxEnabled()) return new Response("Not found", { status: 404 });
  const message = await readMailboxMessage(db(), (await ctx.params).id);
  if (!message) return new Response("Not found", { status: 404 });
  return new Response(message.html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy":
        "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    },
  });
}
