import Link from "next/link";
import { notFound } from "next/navigation";
import { isMailboxEnabled, readMailboxMessage } from "@/server/mail/mailbox";
import { db } from "@/server/platform/db";

export const dynamic = "force-dynamic";

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!isMailboxEnabled()) notFound();
  const message = await readMailboxMessage(db(), (await params).id);
  if (!message) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <Link href="/dev/mailbox" className="text-sm text-brand-600 hover:underline">
        ← Mailbox
      </Link>
      <h1 className="mt-4 text-2xl font-bold">{message.subject}</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        To {message.to} · {message.kind} ·{" "}
        <a href={`/dev/mailbox/${message.id}/html`} className="text-brand-600 underline">
          View the HTML part
        </a>
      </p>
      <h2 className="mt-6 text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        Plain text
      </h2>
      <div className="mt-2 whitespace-pre-wrap rounded-xl border border-zinc-200 p-6 dark:border-zinc-800">
        {message.text.split(URL_PATTERN).map((part, i) =>
          /^https?:\/\//.test(part) ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: text fragments have no identity
            <a key={i} href={part} className="break-all text-brand-600 underline">
              {part}
            </a>
          ) : (
            part
          ),
        )}
      </div>
    </div>
  );
}
