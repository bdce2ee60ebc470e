/**
 * (No imports: the browser bundle uses the same limit and list of types.)
 *
 * What a file really is, from its bytes. A name says what the sender claims; the content decides.
 * An attachment is accepted when its extension is one we know AND its content has that format's
 * signature, so "logo.png" that is really HTML, or "brief.pdf" that is a ZIP, is refused.
 */

type Signature =
  | "png"
  | "jpeg"
  | "webp"
  | "gif"
  | "tiff"
  | "pdf"
  | "postscript"
  | "psd"
  | "zip"
  | "figma"
  | "iso-media"
  | "svg"
  | "text";

const startsWith = (b: Buffer, bytes: number[] | string, offset = 0) => {
  const sig = typeof bytes === "string" ? Buffer.from(bytes, "latin1") : Buffer.from(bytes);
  return b.length >= offset + sig.length && b.subarray(offset, offset + sig.length).equals(sig);
};

/**
 * Plain UTF-8 text: decodes strictly and holds no NUL bytes (binary formats almost always do). On the
 * first bytes of a longer file (`complete` false) a character cut at the end is not an error.
 */
function isText(b: Buffer, complete = true) {
  if (b.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** How many first bytes decide a file's kind: enough for every signature and an SVG's prologue. */
export const SNIFF_BYTES = 64 * 1024;

/** Checks the rest of a text file chunk by chunk, once its first bytes decided it is text. */
export function textChecker() {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let isValid = true;
  return {
    push(chunk: Uint8Array) {
      if (!isValid) return false;
      try {
        if (chunk.includes(0)) isValid = false;
        else decoder.decode(chunk, { stream: true });
      } catch {
        isValid = false;
      }
      return isValid;
    },
    end() {
      if (!isValid) return false;
      try {
        decoder.decode();
        return true;
      } catch {
        return false;
      }
    },
  };
}

const signatures: Record<Signature, (b: Buffer, complete: boolean) => boolean> = {
  png: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  webp: (b) => startsWith(b, "RIFF") && startsWith(b, "WEBP", 8),
  gif: (b) => startsWith(b, "GIF87a") || startsWith(b, "GIF89a"),
  tiff: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]),
  pdf: (b) => startsWith(b, "%PDF-"),
  postscript: (b) => startsWith(b, "%!PS"),
  psd: (b) => startsWith(b, "8BPS"),
  zip: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]),
  figma: (b) => startsWith(b, "fig-kiwi"),
  "iso-media": (b) => startsWith(b, "ftyp", 4),
  svg: (b, complete) =>
    isText(b, complete) &&
    /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(b.toString("utf8", 0, 4096)),
  text: (b, complete) => isText(b, complete),
};

interface Kind {
  mime: string;
  label: string;
  signatures: Signature[];
}

/** The attachment types clients can send with a request: design files, documents, images, video. */
export const attachmentKinds: Record<string, Kind> = {
  png: { mime: "image/png", label: "PNG", signatures: ["png"] },
  jpg: { mime: "image/jpeg", label: "JPEG", signatures: ["jpeg"] },
  jpeg: { mime: "image/jpeg", label: "JPEG", signatures: ["jpeg"] },
  webp: { mime: "image/webp", label: "WebP", signatures: ["webp"] },
  gif: { mime: "image/gif", label: "GIF", signatures: ["gif"] },
  tif: { mime: "image/tiff", label: "TIFF", signatures: ["tiff"] },
  tiff: { mime: "image/tiff", label: "TIFF", signatures: ["tiff"] },
  svg: { mime: "image/svg+xml", label: "SVG", signatures: ["svg"] },
  pdf: { mime: "application/pdf", label: "PDF", signatures: ["pdf"] },
  // Illustrator files are PDF-compatible (or PostScript for old ones).
  ai: { mime: "application/illustrator", label: "Illustrator", signatures: ["pdf", "postscript"] },
  eps: { mime: "application/postscript", label: "EPS", signatures: ["postscript"] },
  psd: { mime: "image/vnd.adobe.photoshop", label: "Photoshop", signatures: ["psd"] },
  fig: { mime: "application/x-figma", label: "Figma", signatures: ["figma", "zip"] },
  sketch: { mime: "application/x-sketch", label: "Sketch", signatures: ["zip"] },
  zip: { mime: "application/zip", label: "ZIP", signatures: ["zip"] },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word",
    signatures: ["zip"],
  },
  xlsx: {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "Excel",
    signatures: ["zip"],
  },
  pptx: {
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "PowerPoint",
    signatures: ["zip"],
  },
  key: { mime: "application/x-iwork-keynote-sffkey", label: "Keynote", signatures: ["zip"] },
  mp4: { mime: "video/mp4", label: "MP4", signatures: ["iso-media"] },
  mov: { mime: "video/quicktime", label: "QuickTime", signatures: ["iso-media"] },
  txt: { mime: "text/plain; charset=utf-8", label: "text", signatures: ["text"] },
  md: { mime: "text/markdown; charset=utf-8", label: "Markdown", signatures: ["text"] },
  csv: { mime: "text/csv; charset=utf-8", label: "CSV", signatures: ["text"] },
};

export const ATTACHMENT_EXTENSIONS = Object.keys(attachmentKinds);
export const ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024;

/** Images browsers may show inline; everything else is only ever downloaded. */
export const INLINE_MIMES = new Set(["image/png", "image/jpeg", "image/webp", "image/gif"]);

export const extensionOf = (name: string) => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? "";

export type Classified = { mime: string; ext: string; isText?: boolean } | { error: string };

/** The kind an attachment's name promises (its content is checked once it arrives), or why it is refused. */
export function expectedAttachment(name: string): { mime: string; ext: string; kind: Kind } | { error: string } {
  const ext = extensionOf(name);
  const kind = attachmentKinds[ext];
  if (!kind) {
    return {
      error: `“${name}” is not a type we accept. Send images, PDF, design files (Figma, Sketch, Photoshop, Illustrator), Office documents, ZIP, video or text.`,
    };
  }
  return { mime: kind.mime, ext, kind };
}

/**
 * The stored type of an attachment, or the reason it is refused, from its first bytes (`data` is
 * the whole file when `complete`). Text formats are then checked to the end by textChecker.
 */
export function classifyAttachment(name: string, data: Buffer, complete = true): Classified {
  const expected = expectedAttachment(name);
  if ("error" in expected) return expected;
  const { kind, ext, mime } = expected;
  if (!kind.signatures.some((sig) => signatures[sig](data, complete))) {
    return { error: `“${name}” is not a real ${kind.label} file (its content does not match its name).` };
  }
  return kind.signatures.every((sig) => sig === "text" || sig === "svg") ? { mime, ext, isText: true } : { mime, ext };
}
