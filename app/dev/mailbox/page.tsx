import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isMailboxEnabled, listMailbox } from "@/server/mail/mailbox";
import { db } from "@/server/platform/db";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function MailboxPage() {
  if (!isMailboxEnabled()) notFound();
  const messages = await listMailbox(db());
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold">Mailbox</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        Every email the app sends is stored here in a local run. A deployment (ATELIER_MODE=deployment) has no mailbox.
      </p>
      {messages.length === 0 ? (
        <p className="mt-8">No messages yet.</p>
      ) : (
        <ul className="mt-8 divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {messages.map((m) => (
            <li key={m.id}>
              <Link href={`/dev/mailbox/${m.id}`} className="block px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-900">
                <span className="font-medium">{m.subject}</span>
                <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                  to {m.to} · {m.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC · {m.status.toLowerCase()}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
