"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { secondaryButtonClass } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";

interface Entry {
  id: string;
  title: string;
  category: string;
  isPublished: boolean;
  hasUnpublishedChanges: boolean;
}

/** FAQ entries per group (or the services), in the public order: drag a row, or use its Up/Down buttons from the keyboard. */
export function FaqOrder({ kind, items }: { kind: "faq" | "service" | "plan"; items: Entry[] }) {
  const trpc = useTRPC();
  const [entries, setEntries] = useState(items);
  const [dragged, setDragged] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const reorder = useMutation(trpc.contentStudio.reorder.mutationOptions());
  const groups = [...new Set(entries.map((e) => e.category))];

  async function place(category: string, ids: string[], moved: string) {
    const before = entries;
    const rest = entries.filter((e) => e.category !== category);
    const byId = new Map(entries.map((e) => [e.id, e]));
    setEntries([...rest, ...ids.map((id) => byId.get(id) as Entry)]);
    try {
      await reorder.mutateAsync({ kind, ids });
      setMessage({
        tone: "ok",
        text: `Moved "${byId.get(moved)?.title}" to position ${ids.indexOf(moved) + 1} in ${category}. ${{ faq: "/faq", service: "/services", plan: "/pricing" }[kind]} shows the new order.`,
      });
    } catch (e) {
      setEntries(before);
      setMessage({ tone: "error", text: (e as Error).message });
    }
  }

  return (
    <div className="mt-4 space-y-8">
      <p
        role={message?.tone === "error" ? "alert" : "status"}
        aria-live="polite"
        className={`text-sm ${message?.tone === "error" ? "text-red-700" : "text-emerald-800 dark:text-emerald-300"}`}
      >
        {reorder.isPending ? "Saving the new order…" : message?.text}
      </p>
      {groups.map((category) => {
        const group = entries.filter((e) => e.category === category);
        const ids = group.map((e) => e.id);
        const move = (id: string, to: number) => {
          const next = ids.filter((x) => x !== id);
          next.splice(Math.max(0, Math.min(to, next.length)), 0, id);
          if (next.join() !== ids.join()) void place(category, next, id);
        };
        return (
          <section key={category} aria-labelledby={`faq-${category}`}>
            <h2 id={`faq-${category}`} className="text-lg font-semibold">
              {category}
            </h2>
            <ol className="mt-2 space-y-2">
              {group.map((e, i) => (
                <li
                  key={e.id}
                  draggable
                  onDragStart={() => setDragged(e.id)}
                  onDragOver={(ev) => {
                    if (dragged && ids.includes(dragged)) ev.preventDefault();
                  }}
                  onDrop={(ev) => {
                    ev.preventDefault();
                    if (dragged && dragged !== e.id) move(dragged, i);
                    setDragged(null);
                  }}
                  onDragEnd={() => setDragged(null)}
                  className={`flex flex-wrap items-center justify-between gap-3 rounded-xl border p-3 ${dragged === e.id ? "border-brand-600 opacity-60" : "border-zinc-200 dark:border-zinc-800"}`}
                  data-testid="faq-row"
                >
                  <span className="flex items-center gap-3">
                    <span aria-hidden="true" className="cursor-grab select-none text-zinc-500">
                      ⋮⋮
                    </span>
                    <Link
                      href={`/admin/content/${kind}/${e.id}`}
                      className="font-medium text-brand-700 hover:underline dark:text-brand-100"
                    >
                      {e.title}
                    </Link>
                    <span className="text-sm text-zinc-600 dark:text-zinc-400">
                      {e.isPublished
                        ? e.hasUnpublishedChanges
                          ? "Published · draft changes"
                          : "Published"
                        : "Not published"}
                    </span>
                  </span>
                  <span className="flex gap-2">
                    <button
                      type="button"
                      className={`${secondaryButtonClass} px-2 py-1 text-sm`}
                      disabled={i === 0 || reorder.isPending}
                      onClick={() => move(e.id, i - 1)}
                      aria-label={`Move "${e.title}" up`}
                    >
                      Up
                    </button>
                    <button
                      type="button"
                      className={`${secondaryButtonClass} px-2 py-1 text-sm`}
                      disabled={i === group.length - 1 || reorder.isPending}
                      onClick={() => move(e.id, i + 1)}
                      aria-label={`Move "${e.title}" down`}
                    >
                      Down
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
