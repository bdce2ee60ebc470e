"use client";

import type { StudioKind } from "@/server/content-studio/schemas";
import { buttonClass, formatDateTime, secondaryButtonClass } from "../../../_components/ui";
import type { RouterOutputs } from "../../../_trpc/types";

type Item = RouterOutputs["contentStudio"]["item"];

const show = (v: unknown) =>
  typeof v === "string"
    ? v
    : Array.isArray(v) && v.every((x) => typeof x === "string")
      ? v.join(", ")
      : JSON.stringify(v, null, 2);

/** A stale save was refused: both versions, field by field, and the two ways forward. */
export function ConflictView(props: {
  kind: StudioKind;
  mine: Record<string, unknown>;
  theirs: Item;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const theirs = props.theirs.data as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(props.mine), ...Object.keys(theirs)])].filter(
    (f) => show(props.mine[f]) !== show(theirs[f]),
  );
  return (
    <section
      aria-labelledby="conflict-heading"
      role="alert"
      className="mt-4 rounded-2xl border border-amber-400 bg-amber-50 p-5 text-zinc-900 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="conflict-heading" className="text-lg font-semibold">
        Your save was refused: {props.theirs.savedBy ?? "someone else"} saved this item
        {props.theirs.savedAt && ` at ${formatDateTime(new Date(props.theirs.savedAt))}`}
      </h2>
      <p className="mt-1 text-sm">
        Nothing was overwritten. Compare both versions and keep one — your text stays in the form until you choose.
      </p>
      {fields.length === 0 ? (
        <p className="mt-3 text-sm">The two versions have the same fields.</p>
      ) : (
        <table className="mt-4 w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">Fields that differ between the two versions</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="w-32 py-1">
                Field
              </th>
              <th scope="col" className="py-1">
                Their version (saved)
              </th>
              <th scope="col" className="py-1">
                Your version (not saved)
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f} className="border-t border-amber-300 align-top">
                <th scope="row" className="py-2 pr-2 text-left font-medium">
                  {f}
                </th>
                <td className="whitespace-pre-wrap py-2 pr-3" data-testid={`theirs-${f}`}>
                  {show(theirs[f])}
                </td>
                <td className="whitespace-pre-wrap py-2" data-testid={`mine-${f}`}>
                  {show(props.mine[f])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={secondaryButtonClass} onClick={props.onTakeTheirs}>
          Use their version
        </button>
        <button type="button" className={buttonClass} onClick={props.onKeepMine}>
          Keep mine (save over theirs)
        </button>
      </div>
    </section>
  );
}
