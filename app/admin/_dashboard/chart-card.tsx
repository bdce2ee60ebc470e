"use client";

import { useId, useState } from "react";

export interface Column<T> {
  key: string;
  label: string;
  value: (row: T) => string | number;
}

/**
 * A chart with its numbers as a table: the table is what screen readers get (the drawing is
 * hidden from them) and anyone can show it with one click.
 */
export function ChartCard<T>({
  title,
  description,
  rows,
  columns,
  isPending,
  error,
  controls,
  children,
  testId,
}: {
  title: string;
  description: string;
  rows: T[] | undefined;
  columns: Column<T>[];
  isPending: boolean;
  error?: string | null;
  controls?: React.ReactNode;
  children: React.ReactNode;
  testId: string;
}) {
  const [showsTable, setShowsTable] = useState(false);
  const headingId = useId();
  const isEmpty = !isPending && !error && rows && rows.length === 0;
  const table = (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr className="border-b border-zinc-200 dark:border-zinc-800">
          {columns.map((c) => (
            <th key={c.key} scope="col" className="px-2 py-1 font-medium">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(rows ?? []).map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional figures
          <tr key={i} className="border-b border-zinc-100 dark:border-zinc-900">
            {columns.map((c) => (
              <td key={c.key} className="px-2 py-1 tabular-nums">
                {c.value(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section
      aria-labelledby={headingId}
      className="min-w-0 rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800"
      data-testid={testId}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold">
            {title}
          </h3>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {controls}
          <button
            type="button"
            className="rounded-lg border border-zinc-300 px-2 py-1 hover:border-brand-600 dark:border-zinc-700"
            aria-pressed={showsTable}
            onClick={() => setShowsTable((v) => !v)}
          >
            {showsTable ? "Show chart" : "Show table"}
          </button>
        </div>
      </div>
      {isPending && <div className="mt-4 h-64 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />}
      {error && (
        <p role="alert" className="mt-4 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {isEmpty && <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">Nothing in this date range.</p>}
      {rows && rows.length > 0 && (
        <>
          {!showsTable && (
            <div aria-hidden="true" className="mt-4 h-64" data-testid={`${testId}-chart`}>
              {children}
            </div>
          )}
          {showsTable ? (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
            <section aria-label={`${title}, as a table`} tabIndex={0} className="mt-4 max-h-80 overflow-auto">
              {table}
            </section>
          ) : (
            <div className="sr-only">{table}</div>
          )}
        </>
      )}
    </section>
  );
}
