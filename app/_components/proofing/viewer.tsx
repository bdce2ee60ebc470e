"use client";

import { useEffect, useId, useRef, useState } from "react";
import { formatBytes } from "../format";
import { buttonClass, formatDateTime, inputClass, secondaryButtonClass } from "../ui";
import { downloadUrl, previewUrl, typeLabel, viewKindOf } from "./file-kind";
import { openPdf, renderPdfPage } from "./pdf";

export interface ProofVersion {
  id: string;
  version: number;
  note: string | null;
  approvedAt: Date | null;
  createdAt: Date;
  file: { id: string; originalName: string; size: number; mime: string };
}

export interface ProofPin {
  id: string;
  deliverableId: string;
  version: number;
  number: number;
  page: number;
  x: number;
  y: number;
  width: number | null;
  height: number | null;
  body: string;
  isInternal: boolean;
  isResolved: boolean;
  author: string;
  isFromStudio: boolean;
  createdAt: Date;
  replies: { id: string; body: string; author: string; isFromStudio: boolean; createdAt: Date }[];
}

export interface NewPinInput {
  deliverableId: string;
  page: number;
  x: number;
  y: number;
  width: number | null;
  height: number | null;
  body: string;
  isInternal: boolean;
}

type Draft = { x: number; y: number; width: number | null; height: number | null };

const ZOOMS = [
  { label: "Fit", value: 1 },
  { label: "150%", value: 1.5 },
  { label: "200%", value: 2 },
  { label: "300%", value: 3 },
];
const clamp = (n: number) => Math.min(1, Math.max(0, n));
const round = (n: number) => Math.round(n * 10_000) / 10_000;
export const pinLabel = (pin: { number: number; isInternal: boolean }) =>
  pin.isInternal ? `Internal ${pin.number}` : `#${pin.number}`;

/**
 * The proofing viewer: one version of the design (image, PDF page by page, or a download card for
 * other types) with zoom and fit, numbered pins drawn where they were placed (positions are 0–1 of
 * the picture, so zoom and resizing never move them) and listed beside it, each a small thread.
 * Pins are added with the mouse (click for a point, drag for a box) or the keyboard (focus the
 * picture, arrow keys move the cursor, Enter pins). Open pins of earlier versions are listed as
 * "carried over".
 */
export function ProofingViewer({
  versions,
  pins,
  audience,
  canPin,
  onCreate,
  onReply,
  onSetResolved,
}: {
  versions: ProofVersion[];
  pins: ProofPin[];
  audience: "client" | "staff";
  canPin: boolean;
  onCreate: (input: NewPinInput) => Promise<unknown>;
  onReply: (annotationId: string, body: string) => Promise<unknown>;
  onSetResolved: (annotationId: string, isResolved: boolean) => Promise<unknown>;
}) {
  const [versionId, setVersionId] = useState(versions[0]?.id ?? "");
  const current = versions.find((v) => v.id === versionId) ?? versions[0];
  // A newly delivered version becomes the one shown.
  const newest = versions[0]?.id;
  const lastNewest = useRef(newest);
  useEffect(() => {
    if (newest && newest !== lastNewest.current) {
      lastNewest.current = newest;
      setVersionId(newest);
    }
  }, [newest]);
  if (!current) return null;
  return (
    <VersionView
      key={current.id}
      version={current}
      versions={versions}
      onChooseVersion={setVersionId}
      pins={pins}
      audience={audience}
      canPin={canPin}
      onCreate={onCreate}
      onReply={onReply}
      onSetResolved={onSetResolved}
    />
  );
}

function VersionView({
  version,
  versions,
  onChooseVersion,
  pins,
  audience,
  canPin,
  onCreate,
  onReply,
  onSetResolved,
}: {
  version: ProofVersion;
  versions: ProofVersion[];
  onChooseVersion: (id: string) => void;
  pins: ProofPin[];
  audience: "client" | "staff";
  canPin: boolean;
  onCreate: (input: NewPinInput) => Promise<unknown>;
  onReply: (annotationId: string, body: string) => Promise<unknown>;
  onSetResolved: (annotationId: string, isResolved: boolean) => Promise<unknown>;
}) {
  const kind = viewKindOf(version.file.mime);
  const [zoom, setZoom] = useState(1);
  const [page, setPage] = useState(1);
  const [pageCount, setPageCount] = useState(1);
  const [isBroken, setBroken] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [cursor, setCursor] = useState<{ x: number; y: number } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; pointerId: number } | null>(null);
  const instructionsId = useId();

  const own = pins.filter((p) => p.deliverableId === version.id);
  const carried = pins.filter((p) => p.version < version.version && !p.isResolved);
  const listed = [...own, ...carried];
  const drawn = listed.filter((p) => (kind === "pdf" ? p.page === page : true));
  const isPinnable = canPin && kind !== "other" && !isBroken;

  const at = (clientX: number, clientY: number) => {
    const box = stageRef.current?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return { x: 0, y: 0 };
    return { x: clamp((clientX - box.left) / box.width), y: clamp((clientY - box.top) / box.height) };
  };

  function onPointerDown(e: React.PointerEvent<HTMLDivElement>) {
    if (!isPinnable || e.button !== 0) return;
    const start = at(e.clientX, e.clientY);
    drag.current = { ...start, pointerId: e.pointerId };
    e.currentTarget.setPointerCapture(e.pointerId);
    setDraft({ ...start, width: null, height: null });
  }
  function onPointerMove(e: React.PointerEvent<HTMLDivElement>) {
    const start = drag.current;
    if (!start || start.pointerId !== e.pointerId) return;
    const now = at(e.clientX, e.clientY);
    const width = Math.abs(now.x - start.x);
    const height = Math.abs(now.y - start.y);
    setDraft(
      width < 0.01 && height < 0.01
        ? { x: start.x, y: start.y, width: null, height: null }
        : { x: Math.min(start.x, now.x), y: Math.min(start.y, now.y), width, height },
    );
  }
  function onPointerUp(e: React.PointerEvent<HTMLDivElement>) {
    if (drag.current?.pointerId === e.pointerId) drag.current = null;
  }
  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    if (!isPinnable) return;
    const step = e.shiftKey ? 0.1 : 0.02;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[e.key];
    const from = cursor ?? { x: 0.5, y: 0.5 };
    if (move) {
      e.preventDefault();
      setCursor({ x: round(clamp(from.x + move[0])), y: round(clamp(from.y + move[1])) });
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setDraft({ x: from.x, y: from.y, width: null, height: null });
    } else if (e.key === "Escape") {
      setDraft(null);
    }
  }

  return (
    <div className="mt-4" data-testid="proofing-viewer">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${instructionsId}-version`} className="text-sm font-medium">
            Version
          </label>
          <select
            id={`${instructionsId}-version`}
            className={inputClass}
            value={version.id}
            onChange={(e) => onChooseVersion(e.target.value)}
          >
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                Version {v.version}
                {v.approvedAt ? " (approved)" : ""}
              </option>
            ))}
          </select>
        </div>
        {kind !== "other" && !isBroken && (
          <fieldset className="flex items-center gap-1">
            <legend className="sr-only">Zoom</legend>
            {ZOOMS.map((z) => (
              <button
                key={z.label}
                type="button"
                aria-pressed={zoom === z.value}
                onClick={() => setZoom(z.value)}
                className={`rounded-lg border px-2 py-1 text-sm ${zoom === z.value ? "border-brand-600 bg-brand-50 text-brand-800 dark:bg-zinc-800 dark:text-white" : "border-zinc-300 dark:border-zinc-700"}`}
              >
                {z.label}
              </button>
            ))}
          </fieldset>
        )}
        {kind === "pdf" && !isBroken && pageCount > 1 && (
          <div className="flex items-center gap-2 text-sm">
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={page <= 1}
              onClick={() => setPage((p) => p - 1)}
            >
              Previous page
            </button>
            <span aria-live="polite">
              Page {page} of {pageCount}
            </span>
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={page >= pageCount}
              onClick={() => setPage((p) => p + 1)}
            >
              Next page
            </button>
          </div>
        )}
        <a
          href={downloadUrl(version.file.id)}
          target="_blank"
          rel="noopener noreferrer"
          download={version.file.originalName}
          className={`${secondaryButtonClass} ml-auto`}
        >
          Download v{version.version}
        </a>
      </div>
      {version.note && <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">“{version.note}”</p>}

      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          {kind === "other" || isBroken ? (
            <FileCard version={version} isBroken={isBroken} />
          ) : (
            <>
              <p id={instructionsId} className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
                {isPinnable
                  ? "Click to pin a comment, or drag to mark an area. With the keyboard: focus the design, move with the arrow keys (Shift for bigger steps), press Enter to pin."
                  : "Pins are closed on this request."}
              </p>
              <div className="max-h-[80vh] overflow-auto rounded-xl border border-zinc-200 bg-zinc-100 dark:border-zinc-800 dark:bg-zinc-950">
                <div className="relative" style={{ width: `${zoom * 100}%` }}>
                  {kind === "image" ? (
                    // biome-ignore lint/performance/noImgElement: private, per-person previews outside the image optimizer
                    <img
                      src={previewUrl(version.file.id, "view")}
                      alt={`Version ${version.version} of the design`}
                      className="block w-full select-none"
                      draggable={false}
                      onError={() => setBroken(true)}
                    />
                  ) : (
                    <PdfCanvas
                      url={downloadUrl(version.file.id)}
                      page={page}
                      zoom={zoom}
                      label={`Version ${version.version} of the design, page ${page}`}
                      onPages={setPageCount}
                      onError={() => setBroken(true)}
                    />
                  )}
                  {/* The pinning surface: exactly the picture's box, so 0–1 is the picture. */}
                  <div
                    ref={stageRef}
                    role="application"
                    aria-label={`Version ${version.version}: place a pin`}
                    aria-describedby={instructionsId}
                    tabIndex={isPinnable ? 0 : -1}
                    data-testid="pin-surface"
                    className={`absolute inset-0 outline-none focus-visible:ring-4 focus-visible:ring-brand-500/60 ${isPinnable ? "cursor-crosshair" : ""}`}
                    onPointerDown={onPointerDown}
                    onPointerMove={onPointerMove}
                    onPointerUp={onPointerUp}
                    onKeyDown={onKeyDown}
                    onFocus={() => setCursor((c) => c ?? { x: 0.5, y: 0.5 })}
                    onBlur={() => setCursor(null)}
                  >
                    {cursor && !draft && (
                      <span
                        aria-hidden="true"
                        data-testid="pin-cursor"
                        className="pointer-events-none absolute h-6 w-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-brand-600 bg-white/40"
                        style={{ left: `${cursor.x * 100}%`, top: `${cursor.y * 100}%` }}
                      />
                    )}
                    {draft && <DraftMark draft={draft} />}
                  </div>
                  {drawn.map((pin) => (
                    <PinMark
                      key={pin.id}
                      pin={pin}
                      isCarried={pin.version < version.version}
                      isSelected={selected === pin.id}
                      onSelect={() => setSelected(pin.id)}
                    />
                  ))}
                </div>
              </div>
            </>
          )}
          {draft && (
            <NewPinForm
              draft={draft}
              audience={audience}
              onCancel={() => setDraft(null)}
              onSave={async (body, isInternal) => {
                await onCreate({
                  deliverableId: version.id,
                  page: kind === "pdf" ? page : 1,
                  x: round(draft.x),
                  y: round(draft.y),
                  width: draft.width === null ? null : round(draft.width),
                  height: draft.height === null ? null : round(draft.height),
                  body,
                  isInternal,
                });
                setDraft(null);
                stageRef.current?.focus();
              }}
            />
          )}
        </div>
        <PinList
          version={version.version}
          pins={listed}
          audience={audience}
          canPin={canPin}
          selected={selected}
          onSelect={setSelected}
          onReply={onReply}
          onSetResolved={onSetResolved}
        />
      </div>
    </div>
  );
}

function FileCard({ version, isBroken }: { version: ProofVersion; isBroken: boolean }) {
  return (
    <div className="rounded-xl border border-zinc-200 p-6 dark:border-zinc-800" data-testid="file-card">
      {isBroken && (
        <p role="status" className="mb-3 font-medium">
          We can’t preview this file — download it to open it.
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Name</dt>
        <dd className="break-all">{version.file.originalName}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Type</dt>
        <dd>{typeLabel(version.file.mime)}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Size</dt>
        <dd>{formatBytes(version.file.size)}</dd>
      </dl>
      <a
        href={downloadUrl(version.file.id)}
        target="_blank"
        rel="noopener noreferrer"
        download={version.file.originalName}
        className={`${buttonClass} mt-4`}
      >
        Download {version.file.originalName}
      </a>
    </div>
  );
}

function PdfCanvas({
  url,
  page,
  zoom,
  label,
  onPages,
  onError,
}: {
  url: string;
  page: number;
  zoom: number;
  label: string;
  onPages: (n: number) => void;
  onError: () => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [isReady, setReady] = useState(false);
  // Callbacks through refs: the page is drawn again when it, the file or the zoom change — not on every render.
  const callbacks = useRef({ onPages, onError });
  callbacks.current = { onPages, onError };
  useEffect(() => {
    let isCurrent = true;
    setReady(false);
    (async () => {
      try {
        const doc = await openPdf(url);
        if (!isCurrent || !canvas.current) return;
        callbacks.current.onPages(doc.numPages);
        // The zoomed box decides the drawing width, so a zoomed page is drawn sharp.
        const width = canvas.current.parentElement?.clientWidth ?? 800 * zoom;
        await renderPdfPage(doc, Math.min(page, doc.numPages), canvas.current, width);
        if (isCurrent) setReady(true);
      } catch {
        if (isCurrent) callbacks.current.onError();
      }
    })();
    return () => {
      isCurrent = false;
    };
  }, [url, page, zoom]);
  return (
    <>
      {!isReady && <div className="aspect-[3/4] w-full animate-pulse bg-zinc-200 dark:bg-zinc-800" />}
      <canvas ref={canvas} role="img" aria-label={label} className={`block w-full ${isReady ? "" : "hidden"}`} />
    </>
  );
}

function DraftMark({ draft }: { draft: Draft }) {
  const style =
    draft.width === null
      ? { left: `${draft.x * 100}%`, top: `${draft.y * 100}%` }
      : {
          left: `${draft.x * 100}%`,
          top: `${draft.y * 100}%`,
          width: `${(draft.width ?? 0) * 100}%`,
          height: `${(draft.height ?? 0) * 100}%`,
        };
  return draft.width === null ? (
    <span
      aria-hidden="true"
      className="pointer-events-none absolute h-6 w-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-dashed border-brand-600 bg-brand-600/30"
      style={style}
    />
  ) : (
    <span
      aria-hidden="true"
      className="pointer-events-none absolute border-2 border-dashed border-white bg-white/15 outline outline-1 outline-zinc-900/70"
      style={style}
    />
  );
}

function PinMark({
  pin,
  isCarried,
  isSelected,
  onSelect,
}: {
  pin: ProofPin;
  isCarried: boolean;
  isSelected: boolean;
  onSelect: () => void;
}) {
  const colour = pin.isInternal
    ? "bg-amber-700 border-amber-900"
    : pin.isResolved
      ? "bg-zinc-600 border-zinc-800"
      : "bg-brand-700 border-brand-900";
  return (
    <>
      {pin.width !== null && pin.height !== null && (
        <span
          aria-hidden="true"
          className={`pointer-events-none absolute border-2 outline outline-1 outline-zinc-900/70 ${pin.isInternal ? "border-amber-300" : "border-white"} ${isCarried ? "border-dashed" : ""} ${isSelected ? "bg-white/20" : ""}`}
          style={{
            left: `${pin.x * 100}%`,
            top: `${pin.y * 100}%`,
            width: `${pin.width * 100}%`,
            height: `${pin.height * 100}%`,
          }}
        />
      )}
      <button
        type="button"
        onClick={onSelect}
        onPointerDown={(e) => e.stopPropagation()}
        aria-label={`${pin.isInternal ? "Internal pin" : "Pin"} ${pin.number}${isCarried ? `, carried over from v${pin.version}` : ""}: ${pin.body}`}
        data-testid="pin-mark"
        className={`absolute flex h-7 min-w-7 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full border-2 px-1 text-xs font-bold text-white shadow ${colour} ${isCarried ? "opacity-80 ring-2 ring-white ring-dashed" : ""} ${isSelected ? "ring-4 ring-brand-300" : ""}`}
        style={{ left: `${pin.x * 100}%`, top: `${pin.y * 100}%` }}
      >
        {pin.isInternal ? `I${pin.number}` : pin.number}
      </button>
    </>
  );
}

function NewPinForm({
  draft,
  audience,
  onCancel,
  onSave,
}: {
  draft: Draft;
  audience: "client" | "staff";
  onCancel: () => void;
  onSave: (body: string, isInternal: boolean) => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => field.current?.focus(), []);
  return (
    <form
      className="mt-3 rounded-xl border border-brand-300 bg-brand-50/40 p-4 dark:border-brand-800 dark:bg-zinc-900"
      aria-label="New pin"
      onSubmit={async (e) => {
        e.preventDefault();
        if (isSaving) return;
        const data = new FormData(e.currentTarget);
        const body = String(data.get("body") ?? "").trim();
        if (!body) return setError("Write what should change here.");
        setSaving(true);
        setError(null);
        try {
          await onSave(body, data.get("internal") === "on");
        } catch (failure) {
          setError(messageOf(failure));
        } finally {
          setSaving(false);
        }
      }}
    >
      <label htmlFor={`${id}-body`} className="text-sm font-medium">
        {draft.width === null ? "Comment on this point" : "Comment on this area"}
      </label>
      <textarea
        ref={field}
        id={`${id}-body`}
        name="body"
        rows={2}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onKeyDown={(e) => {
          if (e.key === "Escape") onCancel();
        }}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {audience === "staff" && (
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input type="checkbox" name="internal" /> Internal pin (the client never sees it)
        </label>
      )}
      <div className="mt-2 flex gap-2">
        <button type="submit" className={buttonClass} disabled={isSaving}>
          {isSaving ? "Pinning…" : "Pin comment"}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The tRPC error's field message when there is one, else its message. */
function messageOf(failure: unknown) {
  const data = (failure as { data?: { issues?: { message: string }[] } }).data;
  return data?.issues?.[0]?.message ?? (failure instanceof Error ? failure.message : "That did not work; try again.");
}

function PinList({
  version,
  pins,
  audience,
  canPin,
  selected,
  onSelect,
  onReply,
  onSetResolved,
}: {
  version: number;
  pins: ProofPin[];
  audience: "client" | "staff";
  canPin: boolean;
  selected: string | null;
  onSelect: (id: string) => void;
  onReply: (annotationId: string, body: string) => Promise<unknown>;
  onSetResolved: (annotationId: string, isResolved: boolean) => Promise<unknown>;
}) {
  const open = pins.filter((p) => !p.isResolved).length;
  return (
    <aside aria-labelledby={`pins-v${version}`}>
      <h3 id={`pins-v${version}`} className="font-semibold">
        Pins on version {version}{" "}
        <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">({open} open)</span>
      </h3>
      {pins.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No pins yet.</p>
      ) : (
        <ol className="mt-2 space-y-3" data-testid="pin-list">
          {pins.map((pin) => (
            <PinThread
              key={pin.id}
              pin={pin}
              carriedFrom={pin.version < version ? pin.version : null}
              audience={audience}
              canPin={canPin}
              isSelected={selected === pin.id}
              onSelect={() => onSelect(pin.id)}
              onReply={onReply}
              onSetResolved={onSetResolved}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}

function PinThread({
  pin,
  carriedFrom,
  audience,
  canPin,
  isSelected,
  onSelect,
  onReply,
  onSetResolved,
}: {
  pin: ProofPin;
  carriedFrom: number | null;
  audience: "client" | "staff";
  canPin: boolean;
  isSelected: boolean;
  onSelect: () => void;
  onReply: (annotationId: string, body: string) => Promise<unknown>;
  onSetResolved: (annotationId: string, isResolved: boolean) => Promise<unknown>;
}) {
  const [isReplying, setReplying] = useState(false);
  const [busy, setBusy] = useState<"reply" | "resolve" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const who = (name: string, isFromStudio: boolean) =>
    `${name}${audience === "client" && isFromStudio ? " (Atelier)" : ""}`;
  return (
    <li
      data-testid="pin-thread"
      data-pin={pinLabel(pin)}
      className={`rounded-xl border p-3 text-sm ${pin.isInternal ? "border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950" : "border-zinc-200 dark:border-zinc-800"} ${isSelected ? "ring-2 ring-brand-500" : ""}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="font-bold underline-offset-2 hover:underline" onClick={onSelect}>
          {pinLabel(pin)}
        </button>
        {pin.isInternal && <span className="rounded bg-amber-200 px-1.5 text-xs text-amber-950">internal</span>}
        {carriedFrom !== null && (
          <span className="rounded bg-zinc-200 px-1.5 text-xs text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100">
            carried over from v{carriedFrom}
          </span>
        )}
        {pin.isResolved && (
          <span className="rounded bg-emerald-100 px-1.5 text-xs text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
            resolved
          </span>
        )}
        {pin.width !== null && <span className="text-xs text-zinc-600 dark:text-zinc-400">area</span>}
      </div>
      <p className="mt-1 whitespace-pre-wrap">{pin.body}</p>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {who(pin.author, pin.isFromStudio)} · {formatDateTime(pin.createdAt)}
      </p>
      {pin.replies.length > 0 && (
        <ol className="mt-2 space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">
          {pin.replies.map((r) => (
            <li key={r.id}>
              <p className="whitespace-pre-wrap">{r.body}</p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                {who(r.author, r.isFromStudio)} · {formatDateTime(r.createdAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canPin && (
        <div className="mt-2 flex flex-wrap gap-3">
          <button type="button" className="text-sm underline" onClick={() => setReplying((v) => !v)}>
            Reply
          </button>
          <button
            type="button"
            className="text-sm underline disabled:opacity-60"
            disabled={busy === "resolve"}
            onClick={async () => {
              if (busy) return;
              setBusy("resolve");
              setError(null);
              try {
                await onSetResolved(pin.id, !pin.isResolved);
              } catch (failure) {
                setError(messageOf(failure));
              } finally {
                setBusy(null);
              }
            }}
          >
            {busy === "resolve" ? "Saving…" : pin.isResolved ? "Reopen" : "Resolve"}
          </button>
        </div>
      )}
      {isReplying && (
        <form
          className="mt-2"
          onSubmit={async (e) => {
            e.preventDefault();
            if (busy) return;
            const form = e.currentTarget;
            const body = String(new FormData(form).get("body") ?? "").trim();
            if (!body) return setError("Write a reply first.");
            setBusy("reply");
            setError(null);
            try {
              await onReply(pin.id, body);
              form.reset();
              setReplying(false);
            } catch (failure) {
              setError(messageOf(failure));
            } finally {
              setBusy(null);
            }
          }}
        >
          <label htmlFor={`${id}-reply`} className="text-xs font-medium">
            Reply to {pinLabel(pin)}
          </label>
          <textarea id={`${id}-reply`} name="body" rows={2} className={inputClass} />
          <button type="submit" className={`${buttonClass} mt-1 px-3 py-1 text-sm`} disabled={busy === "reply"}>
            {busy === "reply" ? "Sending…" : "Send reply"}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </li>
  );
}
