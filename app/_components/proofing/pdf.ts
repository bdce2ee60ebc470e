"use client";

import type { PDFDocumentProxy } from "pdfjs-dist";

let library: Promise<typeof import("pdfjs-dist")> | null = null;

/**
 * pdf.js, loaded on first use. Its worker runs on the page's thread (pdf.js's "fake worker", which
 * it uses when the worker module is already loaded): proofs are a few pages, and there is then no
 * worker script to serve, version-match or allow in the CSP.
 */
function pdfjs() {
  library ??= (async () => {
    await import("pdfjs-dist/build/pdf.worker.min.mjs");
    return import("pdfjs-dist");
  })();
  return library;
}

const documents = new Map<string, Promise<PDFDocumentProxy>>();

/** The parsed document behind a download URL (same-origin, with the session cookie), kept per URL. */
export function openPdf(url: string) {
  let doc = documents.get(url);
  if (!doc) {
    doc = pdfjs().then((lib) => lib.getDocument({ url, isEvalSupported: false, enableXfa: false }).promise);
    doc.catch(() => documents.delete(url));
    documents.set(url, doc);
  }
  return doc;
}

/** Draws one page into a canvas `cssWidth` pixels wide (sharp on high-density screens). */
export async function renderPdfPage(
  doc: PDFDocumentProxy,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
) {
  const page = await doc.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const scale = (cssWidth / base.width) * (window.devicePixelRatio || 1);
  const viewport = page.getViewport({ scale });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
}

/** Page 1 as an image URL (for comparing versions), or throws if the PDF cannot be read. */
export async function pdfPageImage(url: string, width = 1200): Promise<string> {
  const doc = await openPdf(url);
  const canvas = document.createElement("canvas");
  await renderPdfPage(doc, 1, canvas, width / (window.devicePixelRatio || 1));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("could not draw the page");
  return URL.createObjectURL(blob);
}
