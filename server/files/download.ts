import type { Storage } from "../platform/storage";
import { INLINE_MIMES } from "./kinds";

/** How long a download link to storage works: long enough to start, too short to pass around. */
export const DOWNLOAD_URL_SECONDS = 60;

/** Only plain raster images are shown in the browser; everything else (SVG, PDF, …) downloads. */
export function contentDisposition(file: { mime: string; originalName: string }) {
  const asciiName = file.originalName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "");
  return `${INLINE_MIMES.has(file.mime) ? "inline" : "attachment"}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`;
}

/**
 * The answer to an allowed download (access is decided before, by downloadableFile). On S3 a 302 to
 * a presigned GET that carries the same Content-Type and Content-Disposition, so the bytes never pass
 * through the app (serverless functions have small response and time budgets); on local disk the
 * file is streamed, never held whole in memory.
 */
export async function fileDownload(
  store: Storage,
  file: { storageKey: string; mime: string; originalName: string; size: number },
) {
  const disposition = contentDisposition(file);
  const url = await store.presignDownload(file.storageKey, {
    contentType: file.mime,
    contentDisposition: disposition,
    expiresInSeconds: DOWNLOAD_URL_SECONDS,
  });
  if (url) return new Response(null, { status: 302, headers: { location: url, "cache-control": "private, no-store" } });
  const body = await store.stream(file.storageKey);
  if (!body) return null;
  return new Response(body, {
    headers: {
      "content-type": file.mime,
      "content-length": String(file.size),
      "content-disposition": disposition,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
