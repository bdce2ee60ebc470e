"use client";

import { useRef, useState } from "react";
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MAX_BYTES } from "@/server/files/kinds";
import { formatBytes } from "./format";
import { Thumbnail } from "./proofing/thumbnail";
import { uploadFile } from "./upload";

/** For the file picker; the server checks again, by content. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_EXTENSIONS.map((ext) => `.${ext}`).join(",");

export type PendingFile = {
  key: string;
  file: File;
  progress: number;
  /** Set once the server has stored it. */
  id?: string;
  error?: string;
  /** Over the limit: known before sending, so it is never sent. */
  tooBig?: boolean;
};

/**
 * Files chosen for a new request. Each one uploads with its own progress bar when the form is
 * sent; a file that fails shows why and can be removed while the others are kept.
 */
export function useAttachmentUploads() {
  const [files, setFiles] = useState<PendingFile[]>([]);
  const update = (key: string, patch: Partial<PendingFile>) =>
    setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...patch } : f)));

  const add = (list: FileList | null) => {
    const chosen = [...(list ?? [])].map((file) => ({
      key: `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`,
      file,
      progress: 0,
      tooBig: file.size > ATTACHMENT_MAX_BYTES,
      error:
        file.size > ATTACHMENT_MAX_BYTES
          ? `${formatBytes(file.size)} — the limit is ${ATTACHMENT_MAX_BYTES / 1_048_576} MB.`
          : undefined,
    }));
    setFiles((all) => [...all, ...chosen]);
  };

  /**
   * Uploads what is not uploaded yet (two at a time; a file that failed before is tried again) and
   * resolves to every id, or throws if one failed. Files already stored are not sent twice.
   */
  const uploadAll = async (): Promise<string[]> => {
    if (files.some((f) => f.tooBig)) throw new Error("Remove the files over the limit, then try again.");
    const waiting = files.filter((f) => !f.id);
    for (const f of waiting) update(f.key, { error: undefined, progress: 0 });
    const ids = new Map(files.filter((f) => f.id).map((f) => [f.key, f.id as string]));
    let failed = false;
    const worker = async () => {
      for (let next = waiting.shift(); next; next = waiting.shift()) {
        const item = next;
        try {
          const { id } = await uploadFile("attachments", item.file, (p) => update(item.key, { progress: p }));
          ids.set(item.key, id);
          update(item.key, { id, progress: 1 });
        } catch (error) {
          failed = true;
          update(item.key, { error: (error as Error).message, progress: 0 });
        }
      }
    };
    await Promise.all([worker(), worker()]);
    if (failed) throw new Error("Some files could not be uploaded. Remove them or try again.");
    return files.map((f) => ids.get(f.key)).filter((id): id is string => Boolean(id));
  };

  return {
    files,
    add,
    remove: (key: string) => setFiles((all) => all.filter((f) => f.key !== key)),
    clear: () => setFiles([]),
    uploadAll,
  };
}

export function AttachmentPicker({
  uploads,
  disabled,
}: {
  uploads: ReturnType<typeof useAttachmentUploads>;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div>
      <label htmlFor="req-attachments" className="text-sm font-medium">
        Attachments (optional)
      </label>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Briefs, brand assets, references: images, PDF, Figma, Sketch, Photoshop, Illustrator, Office, ZIP, video or text
        — up to 50 MB each.
      </p>
      <input
        ref={input}
        id="req-attachments"
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        disabled={disabled}
        className="mt-2 block text-sm file:mr-3 file:rounded-lg file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 dark:file:border-zinc-700 dark:file:bg-zinc-900"
        onChange={(e) => {
          uploads.add(e.currentTarget.files);
          if (input.current) input.current.value = "";
        }}
      />
      {uploads.files.length > 0 && (
        <ul className="mt-3 space-y-2" data-testid="attachment-uploads">
          {uploads.files.map((f) => (
            <li key={f.key} className="rounded-lg border border-zinc-200 p-2 text-sm dark:border-zinc-800">
              <div className="flex items-center justify-between gap-3">
                <span className="truncate">
                  {f.file.name} <span className="text-zinc-500">({formatBytes(f.file.size)})</span>
                </span>
                {!disabled && (
                  <button
                    type="button"
                    className="text-xs underline"
                    onClick={() => uploads.remove(f.key)}
                    aria-label={`Remove ${f.file.name}`}
                  >
                    Remove
                  </button>
                )}
              </div>
              {f.error ? (
                <p className="mt-1 text-red-700 dark:text-red-400" role="alert">
                  {f.error}
                </p>
              ) : (
                <progress
                  className="mt-1 h-1.5 w-full accent-brand-600"
                  max={1}
                  value={f.progress}
                  aria-label={`Upload of ${f.file.name}`}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The files attached to a request, each a download through the authorized file route. */
export function AttachmentList({
  attachments,
}: {
  attachments: { id: string; originalName: string; size: number; mime: string }[];
}) {
  if (attachments.length === 0) return null;
  return (
    <ul className="mt-3 space-y-1 text-sm" data-testid="attachments">
      {attachments.map((a) => (
        <li key={a.id} className="flex items-center gap-2">
          <Thumbnail file={a} size={32} />
          <span>
            <a
              href={`/api/files/${a.id}`}
              className="underline"
              download={a.originalName}
              target="_blank"
              rel="noopener noreferrer"
            >
              {a.originalName}
            </a>{" "}
            <span className="text-zinc-500">({formatBytes(a.size)})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
