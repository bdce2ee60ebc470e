"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Image from "next/image";
import { useEffect, useState } from "react";
import { buttonClass, dangerButtonClass, inputClass, Notice, secondaryButtonClass } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";
import { MediaGrid, objectPosition } from "../_components/media-picker";
import { type Focal, FocalPointPicker, MediaUpload } from "../_components/media-upload";

function AssetDetails({ id, onGone }: { id: string; onGone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const asset = useQuery(trpc.media.get.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.media.pathKey() });
  const update = useMutation(trpc.media.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.media.delete.mutationOptions({
      onSuccess: () => {
        refresh();
        onGone();
      },
    }),
  );
  const [alt, setAlt] = useState("");
  const [focal, setFocal] = useState<Focal | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (asset.data) {
      setAlt(asset.data.alt);
      setFocal({ focalX: asset.data.focalX, focalY: asset.data.focalY });
    }
  }, [asset.data]);

  if (asset.isPending) return <div className="mt-6 h-64 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  if (asset.isError) return <Notice tone="error">{asset.error.message}</Notice>;
  const m = asset.data;
  return (
    <section
      aria-labelledby="asset-heading"
      className="mt-6 rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800"
      data-testid="asset-details"
    >
      <h2 id="asset-heading" className="text-xl font-semibold">
        {m.fileName}
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {m.width} × {m.height} · {(m.size / 1024).toFixed(0)} KB · <code>{m.path}</code>
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {focal && (
          <FocalPointPicker
            src={m.path}
            alt={m.alt}
            focal={focal}
            onChange={(f) => {
              setSaved(false);
              setFocal(f);
            }}
            width={m.width}
            height={m.height}
          />
        )}
        <div>
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              await update.mutateAsync({ id: m.id, alt, ...(focal ?? {}) });
              setSaved(true);
            }}
          >
            <label className="block text-sm font-medium">
              Alt text
              <textarea
                rows={3}
                className={inputClass}
                value={alt}
                onChange={(e) => {
                  setSaved(false);
                  setAlt(e.target.value);
                }}
              />
            </label>
            <button type="submit" className={`${buttonClass} mt-3`} disabled={update.isPending}>
              {update.isPending ? "Saving…" : "Save"}
            </button>
            {saved && (
              <Notice tone="success">Saved. Pages that show this image use the new text and focal point.</Notice>
            )}
            {update.error && <Notice tone="error">{update.error.message}</Notice>}
          </form>
          <p className="mt-6 text-sm font-medium">Preview as a wide crop</p>
          <Image
            src={m.path}
            alt=""
            width={m.width}
            height={m.height}
            sizes="400px"
            className="mt-1 aspect-[3/1] w-full rounded-lg object-cover"
            style={{ objectPosition: focal ? objectPosition(focal) : undefined }}
          />
          <h3 className="mt-6 text-sm font-medium">Used in</h3>
          {m.usedIn.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Not used on any page yet.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 text-sm" data-testid="used-in">
              {m.usedIn.map((u) => (
                <li key={u.label}>
                  <a href={u.href} className="underline">
                    {u.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <div className="mt-6">
            {isConfirming ? (
              <div
                role="alertdialog"
                aria-labelledby="confirm-delete"
                className="rounded-xl bg-red-50 p-4 dark:bg-red-950"
              >
                <p id="confirm-delete" className="font-medium">
                  Delete {m.fileName} for good? Pages cannot show it afterwards.
                </p>
                <div className="mt-3 flex gap-3">
                  <button
                    type="button"
                    className={dangerButtonClass}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ id: m.id })}
                  >
                    {remove.isPending ? "Deleting…" : "Yes, delete"}
                  </button>
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    onClick={() => {
                      remove.reset();
                      setIsConfirming(false);
                    }}
                  >
                    Keep it
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" className={dangerButtonClass} onClick={() => setIsConfirming(true)}>
                Delete image
              </button>
            )}
            {remove.error && <Notice tone="error">{remove.error.message}</Notice>}
          </div>
        </div>
      </div>
    </section>
  );
}

export function MediaLibrary() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <MediaUpload
        onAdded={(m) => {
          queryClient.invalidateQueries({ queryKey: trpc.media.list.pathKey() });
          setAdded(`Added ${m.fileName} to the library.`);
          setSelected(m.id);
        }}
      />
      {added && <Notice tone="success">{added}</Notice>}
      <section aria-labelledby="library-heading" className="mt-8">
        <h2 id="library-heading" className="mb-3 text-xl font-semibold">
          All images
        </h2>
        <MediaGrid onSelect={(m) => setSelected(m.id)} selectedId={selected} />
      </section>
      {selected && <AssetDetails key={selected} id={selected} onGone={() => setSelected(null)} />}
    </>
  );
}
