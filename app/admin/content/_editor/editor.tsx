"use client";

import "@/server/validation-messages";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  type AboutCopy,
  type FaqDraft,
  type GlossaryDraft,
  type HomeCopy,
  type PageDraft,
  type PlanDraft,
  type PostDraft,
  publishSchemas,
  type ServiceDraft,
  type StoryDraft,
  type StudioKind,
} from "@/server/content-studio/schemas";
import { buttonClass, dangerButtonClass, formatDateTime, secondaryButtonClass } from "../../../_components/ui";
import { useTRPC } from "../../../_trpc/client";
import type { RouterOutputs } from "../../../_trpc/types";
import { ConflictView } from "./conflict";
import {
  AboutCopyFields,
  FaqFields,
  GlossaryFields,
  HomeCopyFields,
  PostFields,
  ServiceFields,
  StoryFields,
} from "./kind-fields";
import { type PlanFacts, PlanFields } from "./plan-fields";
import { PreviewPane } from "./preview-pane";
import { Revisions } from "./revisions";
import { SchedulePanel } from "./schedule";
import { SeoPanel } from "./seo-panel";

type Item = RouterOutputs["contentStudio"]["item"];
type Data = Record<string, unknown>;
type SaveState = "idle" | "dirty" | "saving" | "saved" | "error" | "conflict";
type ClientError = { message: string; data?: { code?: string; issues?: { path: string; message: string }[] } | null };

const AUTOSAVE_MS = 1_500;

function issuesByPath(issues: { path: string; message: string }[]) {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path] ??= i.message;
  return out;
}

const saveLabel: Record<SaveState, string> = {
  idle: "No changes yet",
  dirty: "Unsaved changes…",
  saving: "Saving…",
  saved: "Saved",
  error: "Not saved",
  conflict: "Not saved: someone else saved",
};

/**
 * One editor for every kind: fields validate as you type, the draft autosaves (each save a
 * revision, refused when stale), the real page renders the draft beside the form.
 */
export function ContentEditor({ initial }: { initial: Item }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const kind = initial.kind as StudioKind;
  const id = initial.id;
  const [data, setData] = useState<Data>(initial.data);
  const [version, setVersion] = useState(initial.version);
  const [formKey, setFormKey] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [saveError, setSaveError] = useState<string | null>(null);
  const [serverIssues, setServerIssues] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Item | null>(null);
  const [flash, setFlash] = useState<{ tone: "success" | "error"; text: string; href?: string } | null>(null);
  const [status, setStatus] = useState({
    isPublished: initial.isPublished,
    hasUnpublishedChanges: initial.hasUnpublishedChanges,
    publishAt: initial.publishAt,
    unpublishAt: initial.unpublishAt,
  });
  const [savedAt, setSavedAt] = useState<Date | null>(initial.savedAt);
  // What the server says beside the draft (a plan's subscribers), refreshed after a publish.
  const [facts, setFacts] = useState(initial.facts);
  const dataRef = useRef(data);
  const versionRef = useRef(version);
  const dirtyRef = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);

  const save = useMutation(trpc.contentStudio.save.mutationOptions());
  const publish = useMutation(trpc.contentStudio.publish.mutationOptions());
  const unpublish = useMutation(trpc.contentStudio.unpublish.mutationOptions());

  const clientIssues = useMemo(() => {
    const parsed = publishSchemas[kind].safeParse(data);
    return parsed.success
      ? {}
      : issuesByPath(parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })));
  }, [data, kind]);
  const errors = { ...clientIssues, ...serverIssues };

  const reloadLatest = useCallback(
    () => queryClient.fetchQuery({ ...trpc.contentStudio.item.queryOptions({ kind, id }), staleTime: 0 }),
    [queryClient, trpc, kind, id],
  );

  /** Saves what is typed now; resolves false when the save was refused. Saves run one at a time. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    if (!dirtyRef.current) return true;
    const run = (async () => {
      dirtyRef.current = false;
      const sent = dataRef.current;
      setSaveState("saving");
      try {
        const saved = await save.mutateAsync({ kind, id, baseVersion: versionRef.current, data: sent } as never);
        versionRef.current = saved.version;
        setVersion(saved.version);
        setSavedAt(saved.savedAt);
        setStatus((s) => ({ ...s, hasUnpublishedChanges: true }));
        setSaveError(null);
        setSaveState(dirtyRef.current ? "dirty" : "saved");
        return true;
      } catch (error) {
        const e = error as ClientError;
        if (e.data?.code === "CONFLICT") {
          setConflict(await reloadLatest());
          setSaveState("conflict");
        } else {
          dirtyRef.current = true;
          // Typed on while this save was refused: the newer text may fix it, so autosave tries that instead.
          const isStale = dataRef.current !== sent;
          if (!isStale) {
            setServerIssues(issuesByPath(e.data?.issues ?? []));
            setSaveError(e.message);
          }
          setSaveState(isStale ? "dirty" : "error");
        }
        return false;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [save, kind, id, reloadLatest]);

  const set = useCallback((patch: Data) => {
    const next = { ...dataRef.current, ...patch };
    dataRef.current = next;
    dirtyRef.current = true;
    setData(next);
    setServerIssues({});
    setSaveState((s) => (s === "conflict" ? s : "dirty"));
  }, []);

  // Autosave a moment after typing stops; never while a conflict waits for a decision.
  useEffect(() => {
    if (saveState !== "dirty") return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [saveState, flush]);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirtyRef.current || inFlight.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  /** Replaces the form with a stored version (restore, or taking theirs in a conflict). */
  const adopt = useCallback((item: Item) => {
    dataRef.current = item.data;
    versionRef.current = item.version;
    dirtyRef.current = false;
    setData(item.data);
    setVersion(item.version);
    setSavedAt(item.savedAt);
    setFacts(item.facts);
    setStatus({
      isPublished: item.isPublished,
      hasUnpublishedChanges: item.hasUnpublishedChanges,
      publishAt: item.publishAt,
      unpublishAt: item.unpublishAt,
    });
    setFormKey((k) => k + 1);
    setSaveState("saved");
  }, []);

  async function onPublish() {
    setFlash(null);
    if (!(await flush())) return;
    try {
      const result = await publish.mutateAsync({ kind, id, version: versionRef.current });
      setStatus((s) => ({ ...s, isPublished: true, hasUnpublishedChanges: false, publishAt: null }));
      setFlash({ tone: "success", text: "Published — the public page shows it now.", href: result.path ?? undefined });
      void reloadLatest().then((item) => setFacts(item.facts));
    } catch (error) {
      const e = error as ClientError;
      setServerIssues(issuesByPath(e.data?.issues ?? []));
      setFlash({ tone: "error", text: e.message });
    }
  }

  async function onUnpublish() {
    setFlash(null);
    try {
      await unpublish.mutateAsync({ kind, id });
      setStatus((s) => ({ ...s, isPublished: false, unpublishAt: null }));
      setFlash({ tone: "success", text: "Unpublished — visitors no longer see it." });
    } catch (error) {
      setFlash({ tone: "error", text: (error as ClientError).message });
    }
  }

  const kindLabel = {
    glossary: "Glossary term",
    post: "Blog post",
    faq: "FAQ entry",
    service: "Service",
    story: "Customer story",
    plan: "Plan",
    page: "Page",
  }[kind];
  const page = kind === "page" ? (data as PageDraft) : null;
  const title = page
    ? page.page === "home"
      ? "Home page"
      : "About page"
    : kind === "glossary"
      ? (data as GlossaryDraft).term
      : kind === "post"
        ? (data as PostDraft).title
        : kind === "service"
          ? (data as ServiceDraft).name
          : kind === "story"
            ? (data as StoryDraft).customer
            : kind === "plan"
              ? (data as PlanDraft).name
              : (data as FaqDraft).question;

  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href={`/admin/content?kind=${kind}`} className="hover:underline">
          Content
        </Link>{" "}
        / {kindLabel}
      </nav>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{title || `Untitled ${kindLabel.toLowerCase()}`}</h1>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            {status.isPublished ? "Published" : "Not published"}
            {status.isPublished && status.hasUnpublishedChanges && " · the draft has unpublished changes"}
            {" · "}version {version}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <p role="status" aria-live="polite" className="text-sm font-medium" data-testid="save-state">
            {saveLabel[saveState]}
            {saveState === "saved" && savedAt && (
              <span className="font-normal text-zinc-600 dark:text-zinc-400">
                {" "}
                · {formatDateTime(new Date(savedAt))}
              </span>
            )}
          </p>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={saveState === "saving" || saveState === "conflict"}
            onClick={() => {
              dirtyRef.current = true;
              void flush();
            }}
          >
            Save draft
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={publish.isPending || saveState === "conflict"}
            onClick={onPublish}
          >
            {publish.isPending ? "Publishing…" : "Publish"}
          </button>
          {status.isPublished && kind !== "page" && (
            <button type="button" className={dangerButtonClass} disabled={unpublish.isPending} onClick={onUnpublish}>
              {unpublish.isPending ? "Unpublishing…" : "Unpublish"}
            </button>
          )}
        </div>
      </div>
      {saveError && saveState === "error" && (
        <p
          role="alert"
          className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-300"
        >
          {saveError}
        </p>
      )}
      {flash && (
        <p
          role={flash.tone === "error" ? "alert" : "status"}
          className={`mt-3 rounded-lg px-3 py-2 text-sm ${flash.tone === "error" ? "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-300" : "bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300"}`}
        >
          {flash.text}{" "}
          {flash.href && (
            <a href={flash.href} className="font-medium underline" target="_blank" rel="noreferrer">
              Open the page
            </a>
          )}
        </p>
      )}
      {conflict && (
        <ConflictView
          kind={kind}
          mine={dataRef.current}
          theirs={conflict}
          onTakeTheirs={() => {
            adopt(conflict);
            setConflict(null);
          }}
          onKeepMine={() => {
            // An explicit choice, never silent: save mine on top of the version just shown.
            versionRef.current = conflict.version;
            setVersion(conflict.version);
            setConflict(null);
            dirtyRef.current = true;
            setSaveState("dirty");
            void flush();
          }}
        />
      )}

      <div className="mt-6 grid gap-8 xl:grid-cols-2">
        <form
          key={formKey}
          aria-label={`Edit ${kindLabel.toLowerCase()}`}
          onSubmit={(e) => e.preventDefault()}
          noValidate
        >
          {kind === "glossary" && <GlossaryFields data={data as GlossaryDraft} set={set} errors={errors} />}
          {kind === "post" && <PostFields data={data as PostDraft} set={set} errors={errors} />}
          {kind === "faq" && <FaqFields data={data as FaqDraft} set={set} errors={errors} />}
          {kind === "service" && <ServiceFields data={data as ServiceDraft} set={set} errors={errors} />}
          {kind === "story" && <StoryFields data={data as StoryDraft} set={set} errors={errors} />}
          {kind === "plan" && (
            <PlanFields data={data as PlanDraft} set={set} errors={errors} facts={facts as PlanFacts | null} />
          )}
          {page?.page === "home" && <HomeCopyFields data={data as HomeCopy} set={set} errors={errors} />}
          {page?.page === "about" && <AboutCopyFields data={data as AboutCopy} set={set} errors={errors} />}
          {kind !== "faq" && kind !== "plan" && (
            <SeoPanel
              data={data as GlossaryDraft}
              set={set}
              errors={errors}
              path={initial.path}
              fallbackTitle={
                page
                  ? page.page === "home"
                    ? "Atelier"
                    : (data as AboutCopy).heading
                  : kind === "glossary"
                    ? `What is ${(data as GlossaryDraft).term}? Definition and guide`
                    : kind === "service"
                      ? (data as ServiceDraft).name
                      : kind === "story"
                        ? `${(data as StoryDraft).customer} — customer story`
                        : (data as PostDraft).title
              }
              fallbackDescription={
                page
                  ? page.page === "home"
                    ? (data as HomeCopy).heroText
                    : (data as AboutCopy).intro
                  : kind === "glossary" || kind === "service" || kind === "story"
                    ? (data as GlossaryDraft).summary
                    : (data as PostDraft).excerpt
              }
            />
          )}
        </form>
        <div className="space-y-8">
          <PreviewPane kind={kind} id={id} version={version} />
          <SchedulePanel
            kind={kind}
            id={id}
            publishAt={status.publishAt}
            unpublishAt={status.unpublishAt}
            isPublished={status.isPublished && kind !== "page"}
            onChange={(patch) => setStatus((s) => ({ ...s, ...patch }))}
          />
          <Revisions
            kind={kind}
            id={id}
            version={version}
            onRestored={async (notices) => {
              adopt(await reloadLatest());
              setFlash({
                tone: "success",
                text: ["Restored as a new draft. Publish to make it live.", ...notices].join(" "),
              });
            }}
          />
        </div>
      </div>
    </div>
  );
}
