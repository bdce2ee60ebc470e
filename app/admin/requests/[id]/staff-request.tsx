"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ATTACHMENT_ACCEPT, AttachmentList } from "../../../_components/attachments";
import { StaffBrandAssets } from "../../../_components/brand-assets";
import { CommentThread } from "../../../_components/comment-thread";
import { NotFoundNotice } from "../../../_components/not-found-notice";
import { useMarkRequestRead } from "../../../_components/notification-bell";
import { CompareVersions } from "../../../_components/proofing/compare";
import { Thumbnail } from "../../../_components/proofing/thumbnail";
import { ProofingViewer } from "../../../_components/proofing/viewer";
import { Prose } from "../../../_components/prose";
import { buttonClass, formatDateTime, inputClass, Notice, Section } from "../../../_components/ui";
import { uploadFile } from "../../../_components/upload";
import { useOneShot } from "../../../_components/use-one-shot";
import { useSubmissionKey } from "../../../_components/use-public-form";
import { useTRPC } from "../../../_trpc/client";
import { isNotFound } from "../../../_trpc/query-client";
import { StaffSelect } from "../../_components/staff-options";

export function StaffRequest({ requestId }: { requestId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [commentLimit, setCommentLimit] = useState(100);
  const request = useQuery({
    ...trpc.requests.staffById.queryOptions({ requestId, commentLimit }),
    placeholderData: keepPreviousData,
  });
  useMarkRequestRead(requestId, request.isSuccess);
  const versions = useQuery(trpc.requests.staffDeliverables.queryOptions({ requestId }));
  const refresh = () => queryClient.invalidateQueries();
  const assign = useMutation(trpc.requests.assign.mutationOptions({ onSuccess: refresh }));
  const deliver = useMutation(trpc.requests.deliver.mutationOptions({ onSuccess: refresh }));
  const comment = useMutation(trpc.requests.staffComment.mutationOptions({ onSuccess: refresh }));
  const commentSubmission = useSubmissionKey();
  const once = useOneShot();
  const pins = useQuery(trpc.annotations.staffList.queryOptions({ requestId }));
  const refreshPins = () =>
    queryClient.invalidateQueries({ queryKey: trpc.annotations.staffList.queryKey({ requestId }) });
  const createPin = useMutation(trpc.annotations.staffCreate.mutationOptions({ onSuccess: refreshPins }));
  const replyPin = useMutation(trpc.annotations.staffReply.mutationOptions({ onSuccess: refreshPins }));
  const resolvePin = useMutation(trpc.annotations.staffSetResolved.mutationOptions({ onSuccess: refreshPins }));
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);

  if (request.isPending) return <div className="mt-6 h-48 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  if (request.isError)
    return isNotFound(request.error) ? (
      <NotFoundNotice
        title="Request not found"
        body="No request has this id. It may have been mistyped or deleted."
        back={{ href: "/admin/requests", label: "Open the request board" }}
      />
    ) : (
      <Notice tone="error">{request.error.message}</Notice>
    );
  const r = request.data;

  async function onDeliver(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setUploadError("Choose the file to deliver.");
    setUploadError(null);
    setProgress(0);
    try {
      const uploaded = await uploadFile("attachments", file, setProgress);
      await deliver.mutateAsync({ requestId, fileId: uploaded.id, note: String(data.get("note") ?? "") || null });
      form.reset();
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : "Upload failed.");
    } finally {
      setProgress(null);
    }
  }

  return (
    <>
      <h1 className="mt-4 text-3xl font-bold">{r.title}</h1>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400" data-testid="staff-request-status">
        {r.status.replace("_", " ").toLowerCase()} · {r.type.replaceAll("-", " ")}
      </p>
      <div className="mt-4">
        <label htmlFor="assignee" className="text-sm font-medium">
          Designer
        </label>
        <StaffSelect
          id="assignee"
          value={r.assignee?.id ?? null}
          emptyLabel={r.status === "ACTIVE" ? "Unassigned — waiting for a designer" : "Unassigned"}
          disabled={assign.isPending}
          onChange={(designerId) => assign.mutate({ requestId, designerId })}
          className={`${inputClass} max-w-xs`}
        />
        {assign.error && <Notice tone="error">{assign.error.message}</Notice>}
      </div>
      <Section title="Brief" id="brief">
        <Prose html={r.briefHtml} className="mt-3" />
        <AttachmentList attachments={r.attachments} />
      </Section>
      <StaffBrandAssets workspaceId={r.workspaceId} />
      <Section title="Deliver a version" id="deliver">
        {r.status === "ACTIVE" ? (
          <form
            className="mt-4 grid gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              const form = e.currentTarget;
              void once(() => onDeliver(form));
            }}
          >
            <div>
              <label htmlFor="deliver-file" className="text-sm font-medium">
                Design file (images, PDF, Figma, Sketch, Photoshop, Illustrator, ZIP… up to 50 MB)
              </label>
              <input
                id="deliver-file"
                name="file"
                type="file"
                accept={ATTACHMENT_ACCEPT}
                className="mt-1 block text-sm"
              />
            </div>
            <div>
              <label htmlFor="deliver-note" className="text-sm font-medium">
                Note for the client
              </label>
              <input id="deliver-note" name="note" className={inputClass} />
            </div>
            {progress != null && (
              <progress value={Math.round(progress * 100)} max={100} aria-label="Uploading the design">
                {Math.round(progress * 100)}%
              </progress>
            )}
            <div>
              <button type="submit" className={buttonClass} disabled={progress != null || deliver.isPending}>
                {progress != null || deliver.isPending ? "Delivering…" : "Deliver"}
              </button>
            </div>
          </form>
        ) : (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">Only a request in progress can be delivered.</p>
        )}
        {(uploadError ?? deliver.error?.message) && (
          <Notice tone="error">{uploadError ?? deliver.error?.message}</Notice>
        )}
        <ul className="mt-4 space-y-2 text-sm" data-testid="staff-versions">
          {versions.data?.map((v) => (
            <li key={v.id} className="flex items-center gap-3">
              <Thumbnail file={v.file} size={40} />
              <span>
                <a href={`/api/files/${v.fileId}`} className="underline" target="_blank" rel="noopener noreferrer">
                  Version {v.version}
                </a>{" "}
                · {formatDateTime(v.createdAt)}
                {v.approvedAt ? " · approved" : ""}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      {versions.data && versions.data.length > 0 && (
        <Section title="Proofing" id="proofing">
          <ProofingViewer
            versions={versions.data}
            pins={pins.data ?? []}
            audience="staff"
            canPin={r.status !== "CANCELED" && r.status !== "DONE"}
            onCreate={(input) => createPin.mutateAsync({ ...input, idempotencyKey: crypto.randomUUID() })}
            onReply={(annotationId, body) =>
              replyPin.mutateAsync({ annotationId, body, idempotencyKey: crypto.randomUUID() })
            }
            onSetResolved={(annotationId, isResolved) => resolvePin.mutateAsync({ annotationId, isResolved })}
          />
          {versions.data.length >= 2 && <CompareVersions versions={versions.data} />}
        </Section>
      )}
      <Section title="Conversation" id="conversation">
        <CommentThread
          comments={r.comments}
          earlier={r.earlierComments}
          pending={request.isFetching}
          onShowEarlier={() => setCommentLimit((n) => n + 200)}
          audience="staff"
        />
        <form
          className="mt-4"
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const f = new FormData(form);
            comment.mutate(
              {
                requestId,
                body: String(f.get("body") ?? ""),
                isInternal: f.get("internal") === "on",
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
          <label htmlFor="staff-comment" className="text-sm font-medium">
            Comment
          </label>
          <textarea id="staff-comment" name="body" rows={3} className={inputClass} />
          <label className="mt-2 flex items-center gap-2 text-sm">
            <input type="checkbox" name="internal" /> Internal note (the client never sees it)
          </label>
          <button type="submit" className={`${buttonClass} mt-2`} disabled={comment.isPending}>
            {comment.isPending ? "Saving…" : "Add"}
          </button>
        </form>
      </Section>
    </>
  );
}
