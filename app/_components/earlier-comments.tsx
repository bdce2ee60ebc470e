"use client";

/** A long thread opens at its latest comments; this asks for the earlier ones. */
export function EarlierComments({ count, pending, onShow }: { count: number; pending: boolean; onShow: () => void }) {
  if (count <= 0) return null;
  return (
    <button type="button" className="mt-3 text-sm underline" disabled={pending} onClick={onShow}>
      {pending ? "Loading…" : `Show ${count} earlier comment${count === 1 ? "" : "s"}`}
    </button>
  );
}
