/** How the viewer shows a file, decided by its stored (content-checked) type. */
export type ViewKind = "image" | "pdf" | "other";

const IMAGES = new Set(["image/png", "image/jpeg", "image/webp", "image/gif", "image/svg+xml", "image/tiff"]);

export function viewKindOf(mime: string): ViewKind {
  if (IMAGES.has(mime)) return "image";
  if (mime === "application/pdf") return "pdf";
  return "other";
}

export const previewUrl = (fileId: string, size: "thumb" | "view") => `/api/files/${fileId}/preview?size=${size}`;
export const downloadUrl = (fileId: string) => `/api/files/${fileId}`;

export function typeLabel(mime: string) {
  const known: Record<string, string> = {
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/webp": "WebP",
    "image/gif": "GIF",
    "image/svg+xml": "SVG",
    "image/tiff": "TIFF",
    "application/pdf": "PDF",
    "application/zip": "ZIP",
  };
  return known[mime] ?? (mime.split("/")[1]?.replace(/^x-/, "").split(";")[0]?.toUpperCase() || "File");
}
