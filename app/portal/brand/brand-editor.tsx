"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useId, useState } from "react";
import type { Brand } from "../../_components/brand-assets";
import { previewUrl } from "../../_components/proofing/file-kind";
import { buttonClass, inputClass, Notice, secondaryButtonClass } from "../../_components/ui";
import { uploadFile } from "../../_components/upload";
import { useTRPC } from "../../_trpc/client";

const LOGO_ACCEPT = ".png,.jpg,.jpeg,.webp,.gif,.svg";
const isHex = (v: string) => /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(v.trim());
/** What `<input type="color">` can show for a typed value (it only takes #rrggbb). */
const pickerValue = (v: string) => {
  const t = v.trim().replace(/^#/, "");
  if (/^[0-9a-f]{6}$/i.test(t)) return `#${t.toLowerCase()}`;
  if (/^[0-9a-f]{3}$/i.test(t)) return `#${[...t].map((c) => c + c).join("")}`.toLowerCase();
  return "#000000";
};

/** Per-field messages keyed by their whole path ("colors.1"), so a refusal shows beside its row. */
function issuesByPath(error: unknown) {
  const byPath: Record<string, string> = {};
  if (!(error instanceof TRPCClientError))
    return { byPath, message: error ? "Something went wrong. Please try again." : null };
  const issues = (error.data as { issues?: { path: string; message: string }[] } | undefined)?.issues;
  for (const issue of issues ?? []) byPath[issue.path] ??= issue.message;
  return { byPath, message: issues?.length ? null : error.message };
}

type Upload = { state: "idle" } | { state: "uploading"; progress: number } | { state: "error"; message: string };

/**
 * The client's brand assets, edited in one form: a logo (uploaded with progress through the
 * upload route, which checks it by content), colours as hex with swatches, fonts and links.
 */
export function BrandEditor({
  workspaceId,
  brand,
  submitLabel = "Save brand assets",
  onSaved,
}: {
  workspaceId: string;
  brand: Brand;
  submitLabel?: string;
  onSaved?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [logo, setLogo] = useState(brand.logo ? { id: brand.logo.id, name: brand.logo.originalName } : null);
  const [upload, setUpload] = useState<Upload>({ state: "idle" });
  const [colors, setColors] = useState<string[]>(brand.colors.length ? brand.colors : [""]);
  const [fonts, setFonts] = useState(brand.fonts.join(", "));
  const [links, setLinks] = useState(brand.links.length ? brand.links : [{ label: "", url: "" }]);
  const save = useMutation(
    trpc.workspace.updateBrand.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.workspace.brand.queryKey({ workspaceId }), saved);
        onSaved?.();
      },
    }),
  );
  const { byPath, message } = issuesByPath(save.error);
  const isUploading = upload.state === "uploading";

  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    setUpload({ state: "uploading", progress: 0 });
    try {
      const stored = await uploadFile("attachments", file, (progress) => setUpload({ state: "uploading", progress }));
      setLogo({ id: stored.id, name: file.name });
      setUpload({ state: "idle" });
    } catch (error) {
      setUpload({ state: "error", message: (error as Error).message });
    }
  };

  return (
    <form
      aria-label="Brand assets"
      className="mt-4 grid gap-6"
      // A refusal stays until the person changes something; then the form is theirs again.
      onChange={() => save.isError && save.reset()}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          workspaceId,
          logoFileId: logo?.id ?? null,
          colors: colors.map((c) => c.trim()).filter(Boolean),
          fonts: fonts
            .split(",")
            .map((f) => f.trim())
            .filter(Boolean),
          links: links.filter((l) => l.url.trim() || l.label.trim()),
        });
      }}
    >
      <fieldset>
        <legend className="font-medium">Logo</legend>
        <div className="mt-2 flex flex-wrap items-center gap-4">
          {logo ? (
            // biome-ignore lint/performance/noImgElement: private, per-person previews outside the image optimizer
            <img
              src={previewUrl(logo.id, "thumb")}
              alt="Your logo"
              className="h-16 max-w-40 rounded-lg border border-zinc-200 bg-white object-contain p-1 dark:border-zinc-700"
              data-testid="logo-preview"
            />
          ) : (
            <span className="inline-flex h-16 w-24 items-center justify-center rounded-lg border border-dashed border-zinc-300 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
              No logo yet
            </span>
          )}
          <div className="min-w-0">
            <label htmlFor={`${id}-logo`} className="text-sm font-medium">
              {logo ? "Replace the logo" : "Upload a logo"}
            </label>
            <input
              id={`${id}-logo`}
              type="file"
              accept={LOGO_ACCEPT}
              disabled={isUploading || save.isPending}
              aria-describedby={`${id}-logo-hint`}
              onChange={(e) => chooseLogo(e.currentTarget.files?.[0])}
              className="mt-1 block w-full text-sm"
            />
            <p id={`${id}-logo-hint`} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              PNG, JPEG, WebP, GIF or SVG, up to 50 MB. We check the file itself, not its name.
            </p>
            {logo && (
              <button type="button" className="mt-1 text-sm underline" onClick={() => setLogo(null)}>
                Remove the logo
              </button>
            )}
          </div>
        </div>
        {upload.state === "uploading" && (
          <progress className="mt-2 w-full" max={1} value={upload.progress} aria-label="Uploading the logo" />
        )}
        {upload.state === "error" && <Notice tone="error">{upload.message}</Notice>}
        {byPath.logoFileId && <Notice tone="error">{byPath.logoFileId}</Notice>}
      </fieldset>

      <fieldset>
        <legend className="font-medium">Colours</legend>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Hex codes, like #1d4ed8. Main colour first.</p>
        <ul className="mt-2 space-y-2">
          {colors.map((color, i) => {
            const error = byPath[`colors.${i}`];
            const inputId = `${id}-color-${i}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a list the person edits
              <li key={i}>
                <div className="flex flex-wrap items-end gap-2">
                  <input
                    type="color"
                    aria-label={`Pick colour ${i + 1}`}
                    value={pickerValue(color)}
                    onChange={(e) => setColors((all) => all.map((c, j) => (j === i ? e.target.value : c)))}
                    className="h-10 w-12 cursor-pointer rounded-lg border border-zinc-300 bg-white p-1 dark:border-zinc-700"
                  />
                  <div>
                    <label htmlFor={inputId} className="sr-only">
                      Colour {i + 1} (hex)
                    </label>
                    <input
                      id={inputId}
                      value={color}
                      placeholder="#1d4ed8"
                      maxLength={7}
                      spellCheck={false}
                      onChange={(e) => setColors((all) => all.map((c, j) => (j === i ? e.target.value : c)))}
                      aria-invalid={error || (color && !isHex(color)) ? true : undefined}
                      aria-describedby={error ? `${inputId}-error` : undefined}
                      className={`${inputClass} mt-0 w-32 font-mono`}
                    />
                  </div>
                  <button
                    type="button"
                    className="rounded-lg px-2 py-2 text-sm underline"
                    onClick={() => setColors((all) => (all.length > 1 ? all.filter((_, j) => j !== i) : [""]))}
                  >
                    Remove<span className="sr-only"> colour {i + 1}</span>
                  </button>
                </div>
                {error && (
                  <p id={`${inputId}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        {colors.length < 12 && (
          <button
            type="button"
            className={`${secondaryButtonClass} mt-2 text-sm`}
            onClick={() => setColors((all) => [...all, ""])}
          >
            Add a colour
          </button>
        )}
        {byPath.colors && <p className="mt-1 text-sm text-red-700 dark:text-red-400">{byPath.colors}</p>}
      </fieldset>

      <div>
        <label htmlFor={`${id}-fonts`} className="font-medium">
          Fonts
        </label>
        <input
          id={`${id}-fonts`}
          value={fonts}
          placeholder="Fraunces, Inter"
          onChange={(e) => setFonts(e.target.value)}
          aria-describedby={`${id}-fonts-hint`}
          className={inputClass}
        />
        <p id={`${id}-fonts-hint`} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Separate fonts with commas.
        </p>
        {Object.entries(byPath)
          .filter(([path]) => path.startsWith("fonts"))
          .slice(0, 1)
          .map(([path, text]) => (
            <p key={path} className="mt-1 text-sm text-red-700 dark:text-red-400">
              {text}
            </p>
          ))}
      </div>

      <fieldset>
        <legend className="font-medium">Links</legend>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Brand guidelines, your website, social profiles.</p>
        <ul className="mt-2 space-y-3">
          {links.map((l, i) => {
            const error = byPath[`links.${i}.url`] ?? byPath[`links.${i}.label`];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a list the person edits
              <li key={i}>
                <div className="grid gap-2 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
                  <div>
                    <label htmlFor={`${id}-link-label-${i}`} className="text-sm">
                      Link {i + 1} label
                    </label>
                    <input
                      id={`${id}-link-label-${i}`}
                      value={l.label}
                      placeholder="Brand guide"
                      onChange={(e) =>
                        setLinks((all) => all.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))
                      }
                      className={inputClass}
                    />
                  </div>
                  <div>
                    <label htmlFor={`${id}-link-url-${i}`} className="text-sm">
                      Link {i + 1} address
                    </label>
                    <input
                      id={`${id}-link-url-${i}`}
                      value={l.url}
                      inputMode="url"
                      placeholder="https://example.com/brand"
                      onChange={(e) =>
                        setLinks((all) => all.map((x, j) => (j === i ? { ...x, url: e.target.value } : x)))
                      }
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-link-${i}-error` : undefined}
                      className={inputClass}
                    />
                  </div>
                  <button
                    type="button"
                    className="rounded-lg px-2 py-2 text-sm underline"
                    onClick={() =>
                      setLinks((all) => (all.length > 1 ? all.filter((_, j) => j !== i) : [{ label: "", url: "" }]))
                    }
                  >
                    Remove<span className="sr-only"> link {i + 1}</span>
                  </button>
                </div>
                {error && (
                  <p id={`${id}-link-${i}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        {links.length < 12 && (
          <button
            type="button"
            className={`${secondaryButtonClass} mt-2 text-sm`}
            onClick={() => setLinks((all) => [...all, { label: "", url: "" }])}
          >
            Add a link
          </button>
        )}
      </fieldset>

      <div>
        <button type="submit" className={buttonClass} disabled={save.isPending || isUploading}>
          {save.isPending ? "Saving…" : isUploading ? "Uploading the logo…" : submitLabel}
        </button>
        {save.isSuccess && !onSaved && <Notice tone="success">Brand assets saved. Your designers see them now.</Notice>}
        {message && <Notice tone="error">{message}</Notice>}
        {Object.keys(byPath).length > 0 && <Notice tone="error">Please fix the highlighted fields.</Notice>}
      </div>
    </form>
  );
}
