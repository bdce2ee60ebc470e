"use client";

import Image from "next/image";
import { useRef, useState } from "react";
import { imagePath } from "@/server/content-studio/schemas";
import { dangerButtonClass, secondaryButtonClass } from "../../../_components/ui";
import { MediaPickerDialog } from "../../_components/media-picker";
import { TextField } from "./fields";

type StringKeys<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D];

/** Paths next/image may optimize (images.localPatterns); anything else typed is shown as it is. */
const isOptimizable = (src: string) => src.startsWith("/media/") || src.startsWith("/demo/");

/** What the field shows of its image: a thumbnail, or why there is none. */
function Thumbnail({ src, alt }: { src: string; alt: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const box =
    "relative grid aspect-[4/3] w-40 shrink-0 place-items-center overflow-hidden rounded-lg border border-zinc-200 bg-zinc-50 text-center text-xs text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400";
  if (!src) return <div className={`${box} border-dashed`}>No image</div>;
  if (!imagePath.safeParse(src).success) return <div className={box}>Not a path on this site</div>;
  if (failed === src) return <div className={box}>No image at this path</div>;
  const common = { onError: () => setFailed(src), "data-testid": "image-thumbnail" };
  return (
    <div className={box}>
      {isOptimizable(src) ? (
        <Image key={src} src={src} alt={alt} fill sizes="160px" className="object-cover" {...common} />
      ) : (
        // biome-ignore lint/performance/noImgElement: a typed path of unknown size outside next/image's allowed paths
        <img key={src} src={src} alt={alt} className="absolute inset-0 size-full object-cover" {...common} />
      )}
    </div>
  );
}

/**
 * One image of a content item: a path plus its alt text. The path comes from the media library's
 * picker (or its "Upload new") or is typed, for images outside the library such as /demo/….
 * Everything goes through `set`, so autosave, validation and the live preview see it as typing.
 */
export function ImageField<D>(props: {
  id: string;
  label: string;
  data: D;
  set: (patch: Partial<D>) => void;
  errors: Record<string, string | undefined>;
  pathKey: StringKeys<D>;
  altKey: StringKeys<D>;
  /** Why the alt text matters here ("Required to publish with a cover image."). */
  altHint?: string;
}) {
  const { id, label, data, set, errors, pathKey, altKey } = props;
  const path = String(data[pathKey] ?? "");
  const alt = String(data[altKey] ?? "");
  const [isPicking, setPicking] = useState(false);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const patch = (next: { path?: string; alt?: string }) =>
    set({
      ...(next.path !== undefined && { [pathKey]: next.path }),
      ...(next.alt !== undefined && { [altKey]: next.alt }),
    } as Partial<D>);
  const named = (text: string) => (
    <>
      <span className="sr-only">{label}: </span>
      {text}
    </>
  );
  return (
    <fieldset className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800" data-testid={`image-field-${id}`}>
      <legend className="px-1 text-sm font-medium">
        {label} <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
      </legend>
      <div className="flex flex-wrap items-start gap-4">
        <Thumbnail src={path} alt={alt} />
        <div className="flex flex-wrap gap-2">
          <MediaPickerDialog
            fieldLabel={label}
            currentAlt={alt}
            // The alt text the editor typed stays; an empty one takes the library's (the picker decides).
            onPick={(image) => patch({ path: image.src, alt: image.alt })}
            open={isPicking}
            onOpenChange={setPicking}
            trigger={
              <button ref={chooseRef} type="button" className={secondaryButtonClass}>
                Choose from library
              </button>
            }
          />
          {path && (
            <button
              type="button"
              className={dangerButtonClass}
              onClick={() => {
                patch({ path: "", alt: "" });
                chooseRef.current?.focus();
              }}
            >
              Remove
            </button>
          )}
        </div>
      </div>
      <div className="mt-3 space-y-3">
        <TextField
          id={id}
          label={named("Or type a path")}
          value={path}
          onChange={(value) => patch({ path: value })}
          error={errors[pathKey as string]}
          hint="For an image outside the library, such as /demo/services/web-design.webp."
        />
        <TextField
          id={`${id}-alt`}
          label={named("Alt text")}
          value={alt}
          onChange={(value) => patch({ alt: value })}
          error={errors[altKey as string]}
          hint={props.altHint}
        />
      </div>
    </fieldset>
  );
}
