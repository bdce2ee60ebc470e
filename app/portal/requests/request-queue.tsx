"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AttachmentPicker, useAttachmentUploads } from "../../_components/attachments";
import { buttonClass, formatDateTime, inputClass, Notice, Section } from "../../_components/ui";
import { useFormDraft } from "../../_components/use-form-draft";
import { formErrors, useSubmissionKey } from "../../_components/use-public-form";
import { useTRPC } from "../../_trpc/client";

const draftFields = ["title", "type", "brief", "dueDate"] as const;
const worthKeeping = ["title", "brief"] as const;
/** Fields whose refusal is shown beside them; any other refusal is shown above the button. */
const shownFields = new Set(["title", "brief", "dueDate"]);

/** Today in the visitor's own time zone, as a date input wants it (YYYY-MM-DD). */
const localToday = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

const statusText = {
  QUEUED: "Queued",
  ACTIVE: "In progress",
  IN_REVIEW: "Ready for your review",
  REVISION: "Revision requested",
  DONE: "Done",
  CANCELED: "Canceled",
} as const;

export function RequestQueue() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.workspace.mine.queryOptions());
  if (mine.isPending) return <div className="mt-8 h-40 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  const workspaceId = mine.data?.activeWorkspaceId;
  if (!workspaceId) return <p className="mt-8">You are not a member of a client workspace yet.</p>;
  return <Queue workspaceId={workspaceId} />;
}

function Queue({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [finishedLimit, setFinishedLimit] = useState(20);
  const list = useQuery({
    ...trpc.requests.list.queryOptions({ workspaceId, finishedLimit }),
    placeholderData: keepPreviousData,
  });
  const services = useQuery(trpc.services.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.requests.list.queryKey({ workspaceId }) });
  // Not awaited: the form is reset first (the call's onSuccess), then the list shows the new request —
  // otherwise the reset could land after someone already started typing the next one.
  const create = useMutation(trpc.requests.create.mutationOptions({ onSuccess: () => void refresh() }));
  const reorder = useMutation(trpc.requests.reorder.mutationOptions({ onSettled: refresh }));
  const [dragged, setDragged] = useState<string | null>(null);
  const uploads = useAttachmentUploads();
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const errors = formErrors(create.error);
  const hiddenErrors = Object.entries(errors.fields)
    .filter(([field]) => !shownFields.has(field))
    .map(([, message]) => message);
  const submission = useSubmissionKey();
  const formRef = useRef<HTMLFormElement>(null);
  // Each service's brief template prefills the brief, as long as the client has not written their own.
  const templates = useMemo(
    () => new Map((services.data ?? []).map((s) => [s.slug, s.briefTemplate.trim()])),
    [services.data],
  );
  const isTemplate = useCallback(
    (value: string) => !value.trim() || [...templates.values()].some((t) => t && t === value.trim()),
    [templates],
  );
  const clearDraft = useFormDraft(
    formRef,
    `new-request.${workspaceId}`,
    draftFields,
    worthKeeping,
    (name, value) => name === "brief" && isTemplate(value),
  );
  const prefillBrief = useCallback(() => {
    const brief = formRef.current?.elements.namedItem("brief");
    const type = formRef.current?.elements.namedItem("type");
    if (!(brief instanceof HTMLTextAreaElement) || !(type instanceof HTMLSelectElement)) return;
    if (!isTemplate(brief.value)) return;
    const template = templates.get(type.value);
    brief.value = template ? `${template}\n` : "";
  }, [isTemplate, templates]);
  useEffect(() => {
    if (services.data) prefillBrief();
  }, [services.data, prefillBrief]);

  const queued = (list.data?.open ?? []).filter((r) => r.status === "QUEUED");
  const inProgress = (list.data?.open ?? []).filter((r) => r.status !== "QUEUED");
  const move = (id: string, to: number) => {
    const seen = queued.map((r) => r.id);
    const wanted = seen.filter((x) => x !== id);
    wanted.splice(Math.max(0, Math.min(to, wanted.length)), 0, id);
    if (wanted.join() !== seen.join()) reorder.mutate({ workspaceId, seen, wanted });
  };

  return (
    <>
      <Section title="New request" id="new-request">
        <form
          ref={formRef}
          className="mt-4 grid gap-4"
          onSubmit={async (e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const f = new FormData(form);
            setUploadError(null);
            setUploading(true);
            let attachmentIds: string[];
            try {
              attachmentIds = await uploads.uploadAll();
            } catch (error) {
              setUploadError((error as Error).message);
              return;
            } finally {
              setUploading(false);
            }
            create.mutate(
              {
                workspaceId,
                title: String(f.get("title") ?? ""),
                type: String(f.get("type") ?? ""),
                brief: String(f.get("brief") ?? ""),
                dueDate: f.get("dueDate") ? new Date(String(f.get("dueDate"))) : null,
                attachmentIds,
                idempotencyKey: submission.key,
              },
              {
                onSuccess: () => {
                  form.reset();
                  prefillBrief();
                  clearDraft();
                  uploads.clear();
                  submission.renew();
                },
              },
            );
          }}
        >
          <div>
            <label htmlFor="req-title" className="text-sm font-medium">
              Title
            </label>
            <input id="req-title" name="title" className={inputClass} />
            {errors.fields.title && (
              <p className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.fields.title}</p>
            )}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="req-type" className="text-sm font-medium">
                Service
              </label>
              <select id="req-type" name="type" className={inputClass} onChange={prefillBrief}>
                {services.data?.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="req-due" className="text-sm font-medium">
                Due date (optional)
              </label>
              <input
                id="req-due"
                name="dueDate"
                type="date"
                min={localToday()}
                aria-invalid={errors.fields.dueDate ? true : undefined}
                aria-describedby={errors.fields.dueDate ? "req-due-error" : undefined}
                className={inputClass}
              />
              {errors.fields.dueDate && (
                <p id="req-due-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
                  {errors.fields.dueDate}
                </p>
              )}
            </div>
          </div>
          <div>
            <label htmlFor="req-brief" className="text-sm font-medium">
              Brief (markdown)
            </label>
            <textarea id="req-brief" name="brief" rows={12} className={inputClass} aria-describedby="req-brief-hint" />
            <p id="req-brief-hint" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              Starts with the studio's questions for the service you pick: answer under each heading. What you write is
              never replaced.
            </p>
            {errors.fields.brief && (
              <p className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.fields.brief}</p>
            )}
          </div>
          <AttachmentPicker uploads={uploads} disabled={uploading || create.isPending} />
          {uploadError && <Notice tone="error">{uploadError}</Notice>}
          {(hiddenErrors.length > 0 || (errors.message && !Object.keys(errors.fields).length)) && (
            <Notice tone="error">{hiddenErrors.length ? hiddenErrors.join(" ") : errors.message}</Notice>
          )}
          <div>
            <button
              type="submit"
              className={buttonClass}
              // Until the studio's request types have loaded there is nothing to choose: sending
              // then would be refused for a field the person could not fill.
              disabled={uploading || create.isPending || !services.data?.length}
            >
              {uploading ? "Uploading files…" : create.isPending ? "Adding…" : "Add to queue"}
            </button>
          </div>
        </form>
      </Section>

      <Section title="In progress" id="in-progress">
        {inProgress.length === 0 ? (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">Nothing in progress.</p>
        ) : (
          <ul className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="in-progress">
            {inProgress.map((r) => (
              <li key={r.id} className="flex justify-between gap-3 py-3">
                <Link href={`/portal/requests/${r.id}`} className="font-medium underline">
                  {r.title}
                </Link>
                <span className="text-sm">
                  {r.status === "ACTIVE" && !r.hasDesigner ? "Starting — waiting for a designer" : statusText[r.status]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="Queue" id="queue">
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Drag to reorder, or use the buttons. The top request starts when a slot frees up.
        </p>
        {reorder.error && <Notice tone="error">{reorder.error.message}</Notice>}
        {queued.length === 0 ? (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">The queue is empty.</p>
        ) : (
          <ol className="mt-3 space-y-2" data-testid="queue">
            {queued.map((r, index) => (
              <li
                key={r.id}
                draggable
                onDragStart={() => setDragged(r.id)}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  if (dragged) move(dragged, index);
                  setDragged(null);
                }}
                className="flex cursor-grab items-center justify-between gap-3 rounded-xl border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900"
              >
                <span>
                  <span className="mr-2 text-sm text-zinc-600 dark:text-zinc-400">{index + 1}.</span>
                  <Link href={`/portal/requests/${r.id}`} className="font-medium underline">
                    {r.title}
                  </Link>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    added {formatDateTime(r.createdAt)}
                  </span>
                </span>
                <span className="flex gap-1">
                  <button
                    type="button"
                    aria-label={`Move ${r.title} up`}
                    disabled={index === 0 || reorder.isPending}
                    onClick={() => move(r.id, index - 1)}
                    className="rounded-lg border border-zinc-300 px-2 py-1 text-sm disabled:opacity-40 dark:border-zinc-700"
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${r.title} down`}
                    disabled={index === queued.length - 1 || reorder.isPending}
                    onClick={() => move(r.id, index + 1)}
                    className="rounded-lg border border-zinc-300 px-2 py-1 text-sm disabled:opacity-40 dark:border-zinc-700"
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
      </Section>

      {(list.data?.finished.length ?? 0) > 0 && (
        <Section title="Finished" id="finished">
          <ul className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800">
            {list.data?.finished.map((r) => (
              <li key={r.id} className="flex justify-between gap-3 py-3">
                <Link href={`/portal/requests/${r.id}`} className="underline">
                  {r.title}
                </Link>
                <span className="text-sm">
                  {r.status === "ACTIVE" && !r.hasDesigner ? "Starting — waiting for a designer" : statusText[r.status]}
                </span>
              </li>
            ))}
          </ul>
          {(list.data?.finishedTotal ?? 0) > (list.data?.finished.length ?? 0) && (
            <button
              type="button"
              className="mt-3 text-sm underline"
              disabled={list.isFetching}
              onClick={() => setFinishedLimit((n) => n + 50)}
            >
              {list.isFetching
                ? "Loading…"
                : `Show older (${(list.data?.finishedTotal ?? 0) - (list.data?.finished.length ?? 0)} more)`}
            </button>
          )}
        </Section>
      )}
    </>
  );
}
