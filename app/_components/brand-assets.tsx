"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../_trpc/client";
import type { RouterOutputs } from "../_trpc/types";
import { downloadUrl, previewUrl } from "./proofing/file-kind";

export type Brand = RouterOutputs["workspace"]["brand"];

const hasAny = (b: Brand) => Boolean(b.logo || b.colors.length || b.fonts.length || b.links.length);

/** A client's brand assets as designers and teammates read them: logo, swatches, fonts, links. */
export function BrandAssetsView({ brand, emptyText }: { brand: Brand; emptyText: string }) {
  if (!hasAny(brand)) return <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{emptyText}</p>;
  return (
    <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-2" data-testid="brand-assets">
      {brand.logo && (
        <div>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">Logo</dt>
          <dd className="mt-2 flex items-center gap-3">
            {/* biome-ignore lint/performance/noImgElement: private, per-person previews outside the image optimizer */}
            <img
              src={previewUrl(brand.logo.id, "thumb")}
              alt={`${brand.workspaceName} logo`}
              className="h-16 max-w-40 rounded-lg border border-zinc-200 bg-white object-contain p-1 dark:border-zinc-700"
            />
            <a href={downloadUrl(brand.logo.id)} download className="min-w-0 underline" target="_blank" rel="noopener">
              Download <span className="sr-only">the logo, </span>
              {brand.logo.originalName}
            </a>
          </dd>
        </div>
      )}
      {brand.colors.length > 0 && (
        <div>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">Colours</dt>
          <dd className="mt-2">
            <ul className="flex flex-wrap gap-2" aria-label="Brand colours">
              {brand.colors.map((c) => (
                <li
                  key={c}
                  className="flex items-center gap-1.5 rounded-lg border border-zinc-200 px-2 py-1 dark:border-zinc-700"
                >
                  <span
                    aria-hidden="true"
                    className="inline-block size-5 rounded border border-zinc-300 dark:border-zinc-600"
                    style={{ backgroundColor: c }}
                  />
                  <code>{c}</code>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {brand.fonts.length > 0 && (
        <div>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">Fonts</dt>
          <dd className="mt-2">{brand.fonts.join(", ")}</dd>
        </div>
      )}
      {brand.links.length > 0 && (
        <div>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">Links</dt>
          <dd className="mt-2">
            <ul className="space-y-1">
              {brand.links.map((l) => (
                <li key={l.url}>
                  <a href={l.url} className="underline" target="_blank" rel="noopener noreferrer nofollow">
                    {l.label || l.url}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** For the studio (request page, client record): the client's brand assets, read through a staff procedure. */
export function StaffBrandAssets({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const brand = useQuery(trpc.workspace.staffBrand.queryOptions({ workspaceId }));
  return (
    <section
      aria-labelledby="client-brand"
      className="mt-8 rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800"
      data-testid="client-brand"
    >
      <h2 id="client-brand" className="text-xl font-semibold">
        Brand assets
      </h2>
      {brand.isPending ? (
        <div className="mt-4 h-16 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />
      ) : brand.isError ? (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
          {brand.error.message}
        </p>
      ) : (
        <BrandAssetsView brand={brand.data} emptyText="The client has not added brand assets yet." />
      )}
    </section>
  );
}
