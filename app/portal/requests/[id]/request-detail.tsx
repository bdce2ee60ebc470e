"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AttachmentList } from "../../../_components/attachments";
import { CommentThread } from "../../../_components/comment-thread";
import { NotFoundNotice } from "../../../_components/not-found-notice";
import { useMarkRequestRead } from "../../../_components/notification-bell";
import { CompareVersions } from "../../../_components/proofing/compare";
import { Thumbnail } from "../../../_components/proofing/thumbnail";
import { ProofingViewer } from "../../../_components/proofing/viewer";
import { Prose } from "../../../_components/prose";
import { buttonClass, dangerButtonClass, formatDateTime, inputClass, Notice, Section } from "../../../_components/ui";
import { useOneShot } from "../../../_components/use-one-shot";
import { useSubmissionKey } from "../../../_components/use-public-form";
import { useTRPC } from "../../../_trpc/client";
import { isNotFound } from "../../../_trpc/query-client";

const RequestNotFound = () => (
  <NotFoundNotice
    title="Request not found"
    body="There is no request at this address in your workspace. It may have been mistyped, or it belongs to another workspace."
    back={{ href: "/portal/requests", label: "See your requests" }}
  />
);

export function RequestDetail({ requestId }: { requestId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery(trpc.workspace.mine.queryOptions());
  const workspaceId = mine.data?.activeWorkspaceId ?? "";
  const [commentLimit, setCommentLimit] = useState(100);
  const request = useQuery({
    ...trpc.requests.byId.queryOptions({ workspaceId, requestId, commentLimit }),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
  });
  useMarkRequestRead(requestId, request.isSuccess);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.requests.byId.queryKey({ workspaceId, requestId }) });
  const comment = useMutation(trpc.requests.comment.mutationOptions({ onSuccess: refresh }));
  const commentSubmission = useSubmissionKey();
  const cancel = useMutation(trpc.requests.cancel.mutationOptions({ onSuccess: refresh }));
  const versions = useQuery({
    ...trpc.requests.deliverables.queryOptions({ workspaceId, requestId }),
    enabled: Boolean(workspaceId),
  });
  const refreshAll = () => queryClient.invalidateQueries();
  const approve = useMutation(trpc.requests.approve.mutationOptions({ onSuccess: refreshAll }));
  const revise = useMutation(trpc.requests.requestRevision.mutationOptions({ onSuccess: refreshAll }));
  const once = useOneShot();
  const pins = useQuery({
    ...trpc.annotations.list.queryOptions({ workspaceId, requestId }),
    enabled: Boolean(workspaceId),
  });
  const refreshPins = () =>
    queryClient.invalidateQueries({ queryKey: trpc.annotations.list.queryKey({ workspaceId, requestId }) });
  const createPin = useMutation(trpc.annotations.create.mutationOptions({ onSuccess: refreshPins }));
  const replyPin = useMutation(trpc.annotations.reply.mutationOptions({ onSuccess: refreshPins }));
  const resolvePin = useMutation(trpc.annotations.setResolved.mutationOptions({ onSuccess: refreshPins }));
  const openPins = (pins.data ?? []).filter((p) => !p.isResolved).length;

  // No workspace means no request can be found either: the query never runs, so say so here.
  if (!mine.isPending && !workspaceId) return <RequestNotFound />;
  if (mine.isPending || request.isPending)
    return <div className="mt-6 h-48 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  if (request.isError)
    return isNotFound(request.error) ? <RequestNotFound /> : <Notice tone="error">{request.error.message}</Notice>;
  const r = request.data;
  const isClosed = r.status === "DONE" || r.status === "CANCELED";
  return (
    <>
      <h1 className="mt-4 text-3xl font-bold">{r.title}</h1>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400" data-testid="request-status">
        {r.status.replace("_", " ").toLowerCase()} · {r.type.replaceAll("-", " ")}
        {r.dueDate ? ` · due ${formatDateTime(r.dueDate)}` : ""}
      </p>
      {r.status !== "DONE" && r.status !== "CANCELED" && r.status !== "QUEUED" && (
        <p className="mt-1 text-sm" data-testid="request-designer">
          {r.assignee ? `Designer: ${r.assignee.name}` : "Starting — waiting for a designer"}
        </p>
      )}
      <Section title="Brief" id="brief">
        <Prose html={r.briefHtml} className="mt-3" />
        <AttachmentList attachments={r.attachments} />
      </Section>
      <Section title="Deliverables" id="deliverables">
        {(versions.data?.length ?? 0) === 0 ? (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">Nothing delivered yet.</p>
        ) : (
          <>
            <ul className="mt-3 space-y-2" data-testid="versions">
              {versions.data?.map((v) => (
                <li key={v.id} className="flex items-center gap-3">
                  <Thumbnail file={v.file} />
                  <span>
                    <a
                      href={`/api/files/${v.fileId}`}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="font-medium underline"
                    >
                      Version {v.version}
                    </a>{" "}
                    · {formatDateTime(v.createdAt)}
                    {v.note && <span className="text-zinc-600 dark:text-zinc-400"> — {v.note}</span>}
                    {v.approvedAt && <strong className="ml-2 text-emerald-700 dark:text-emerald-400">approved</strong>}
                  </span>
                </li>
              ))}
            </ul>
            {versions.data && (
              <ProofingViewer
                versions={versions.data}
                pins={pins.data ?? []}
                audience="client"
                canPin={r.status !== "CANCELED" && r.status !== "DONE"}
                onCreate={(input) =>
                  createPin.mutateAsync({
                    workspaceId,
                    ...input,
                    idempotencyKey: crypto.randomUUID(),
                  })
                }
                onReply={(annotationId, body) =>
                  replyPin.mutateAsync({ workspaceId, annotationId, body, idempotencyKey: crypto.randomUUID() })
                }
                onSetResolved={(annotationId, isResolved) =>
                  resolvePin.mutateAsync({ workspaceId, annotationId, isResolved })
                }
              />
            )}
          </>
        )}
        {r.status === "IN_REVIEW" && versions.data?.[0] && (
          <div className="mt-6 grid gap-3">
            <button
              type="button"
              className={buttonClass}
              disabled={approve.isPending}
              onClick={() =>
                once(() => approve.mutateAsync({ workspaceId, requestId, version: versions.data?.[0]?.version ?? 0 }))
              }
            >
              {approve.isPending ? "Approving…" : `Approve version ${versions.data[0].version}`}
            </button>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                const form = e.currentTarget;
                const feedback = String(new FormData(form).get("feedback") ?? "");
                void once(async () => {
                  await revise.mutateAsync({ workspaceId, requestId, feedback });
                  form.reset();
                });
              }}
            >
              <label htmlFor="feedback" className="text-sm font-medium">
                What should change?
              </label>
              <textarea
                id="feedback"
                name="feedback"
                rows={3}
                className={inputClass}
                aria-describedby="feedback-pins"
              />
              <p id="feedback-pins" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                {openPins > 0
                  ? `Your ${openPins} open pin${openPins === 1 ? "" : "s"} will be listed in the revision request.`
                  : "Pin comments on the design above, or describe the changes here."}
              </p>
              <button type="submit" className={`${buttonClass} mt-2`} disabled={revise.isPending}>
                {revise.isPending ? "Sending…" : "Ask for a revision"}
              </button>
            </form>
          </div>
        )}
        {(approve.error ?? revise.error) && <Notice tone="error">{(approve.error ?? revise.error)?.message}</Notice>}
      </Section>
      {(versions.data?.length ?? 0) >= 2 && versions.data && (
        <Section title="Compare versions" id="compare">
          <CompareVersions versions={versions.data} />
        </Section>
      )}
      <Section title="Conversation" id="conversation">
        <CommentThread
          comments={r.comments}
          earlier={r.earlierComments}
          pending={request.isFetching}
          onShowEarlier={() => setCommentLimit((n) => n + 200)}
          audience="client"
        />
        {!isClosed && r.status !== "CANCELED" && (
          <form
            className="mt-4"
            onSubmit={(e) => {
              e.preventDefault();
              const form = e.currentTarget;
              comment.mutate(
                {
                  workspaceId,
                  requestId,
                  body: String(new FormData(form).get("body") ?? ""),
                  idempotencyKey: commentSubmission.key,
                },
                {
                  onSuccess: () => {
                    form.reset();
                    commentSubmission.renew();
                  },
                },
              );
            }}
          >
            <label htmlFor="comment" className="text-sm font-medium">
              Add a comment
            </label>
            <textarea id="comment" name="body" rows={3} className={inputClass} />
            <button type="submit" className={`${buttonClass} mt-2`} disabled={comment.isPending}>
              {comment.isPending ? "Sending…" : "Send"}
            </button>
          </form>
        )}
        {comment.error && <Notice tone="error">{comment.error.message}</Notice>}
      </Section>
      <Section title="History" id="history">
        <ol className="mt-3 space-y-1 text-sm" data-testid="history">
          {r.history.map((h) => (
            <li key={h.id}>
              {formatDateTime(h.at)} — {h.from ? `${h.from.toLowerCase().replace("_", " ")} → ` : ""}
              <strong>{h.to.toLowerCase().replace("_", " ")}</strong> by {h.by}
            </li>
          ))}
        </ol>
      </Section>
      {!isClosed && (
        <button
          type="button"
          className={`${dangerButtonClass} mt-8`}
          disabled={cancel.isPending}
          onClick={() => once(() => cancel.mutateAsync({ workspaceId, requestId }))}
        >
          {cancel.isPending ? "Canceling…" : "Cancel this request"}
        </button>
      )}
      {cancel.error && <Notice tone="error">{cancel.error.message}</Notice>}
    </>
  );
}
