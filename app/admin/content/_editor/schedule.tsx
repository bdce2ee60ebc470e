"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { StudioKind } from "@/server/content-studio/schemas";
import { formatDateTime, inputClass, secondaryButtonClass } from "../../../_components/ui";
import { useTRPC } from "../../../_trpc/client";

type Patch = { publishAt?: Date | null; unpublishAt?: Date | null };

/** Publish or unpublish at a date and time (your browser's time zone); the job runner does it on time. */
export function SchedulePanel(props: {
  kind: StudioKind;
  id: string;
  publishAt: Date | null;
  unpublishAt: Date | null;
  isPublished: boolean;
  onChange: (patch: Patch) => void;
}) {
  const trpc = useTRPC();
  const [action, setAction] = useState<"publish" | "unpublish">(props.isPublished ? "unpublish" : "publish");
  const [when, setWhen] = useState("");
  const [error, setError] = useState<string | null>(null);
  const schedule = useMutation(trpc.contentStudio.schedule.mutationOptions());
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function submit(kind: "publish" | "unpublish", at: Date | null) {
    setError(null);
    try {
      await schedule.mutateAsync({ kind: props.kind, id: props.id, action: kind, at });
      props.onChange(kind === "publish" ? { publishAt: at } : { unpublishAt: at });
      if (at) setWhen("");
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const scheduled = [
    props.publishAt && { kind: "publish" as const, at: new Date(props.publishAt) },
    props.unpublishAt && { kind: "unpublish" as const, at: new Date(props.unpublishAt) },
  ].filter(Boolean) as { kind: "publish" | "unpublish"; at: Date }[];

  return (
    <section aria-labelledby="schedule-heading" className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
      <h2 id="schedule-heading" className="text-lg font-semibold">
        Schedule
      </h2>
      {scheduled.length > 0 && (
        <ul className="mt-2 space-y-2 text-sm" data-testid="schedules">
          {scheduled.map((s) => (
            <li key={s.kind} className="flex flex-wrap items-center gap-3">
              <span>
                {s.kind === "publish" ? "Publishes" : "Unpublishes"} the latest draft on{" "}
                <time dateTime={s.at.toISOString()}>{s.at.toLocaleString()}</time> ({formatDateTime(s.at)})
              </span>
              <button
                type="button"
                className={secondaryButtonClass}
                disabled={schedule.isPending}
                onClick={() => submit(s.kind, null)}
              >
                Cancel
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!when) return setError("Choose a date and time.");
          void submit(action, new Date(when));
        }}
      >
        <div>
          <label htmlFor="schedule-action" className="text-sm font-medium">
            Action
          </label>
          <select
            id="schedule-action"
            className={inputClass}
            value={action}
            onChange={(e) => setAction(e.target.value as "publish" | "unpublish")}
          >
            <option value="publish">Publish</option>
            {props.kind !== "page" && <option value="unpublish">Unpublish</option>}
          </select>
        </div>
        <div>
          <label htmlFor="schedule-at" className="text-sm font-medium">
            Date and time ({zone})
          </label>
          <input
            id="schedule-at"
            type="datetime-local"
            step={1}
            className={inputClass}
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "schedule-error" : undefined}
          />
        </div>
        <button type="submit" className={secondaryButtonClass} disabled={schedule.isPending}>
          {schedule.isPending ? "Scheduling…" : "Schedule"}
        </button>
      </form>
      {error && (
        <p id="schedule-error" role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </section>
  );
}
