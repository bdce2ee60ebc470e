import type { SnippetPart } from "@/server/search/service";

/** Highlighted search snippet rendered as text and <mark>, never as HTML. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.isMatch ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: fragments of one string
          <mark key={i} className="rounded bg-amber-200 px-0.5 text-zinc-900 dark:bg-amber-400">
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: fragments of one string
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
