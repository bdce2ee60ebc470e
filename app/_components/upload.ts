"use client";

type Purpose = "attachments" | "images";
type Answer = { status: number; body: { id?: string; error?: string } };

/** One XMLHttpRequest, so the browser reports upload progress. */
function send(
  url: string,
  body: XMLHttpRequestBodyInit,
  headers: Record<string, string>,
  onProgress: (fraction: number) => void,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let parsed: Answer["body"] = {};
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {}
      resolve({ status: xhr.status, body: parsed });
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted. Check your connection and try again."));
    xhr.send(body);
  });
}

async function postJson(url: string, body?: unknown) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}

const fileOf = ({ status, body }: Answer) => {
  if (status === 201 && body.id) return { id: body.id };
  throw new Error(body.error ?? `Upload failed (${status}).`);
};

/**
 * Uploads one file with progress. With S3 storage it goes straight to the bucket on a signed form,
 * then the server checks and records it; with local disk it streams through our upload route.
 */
export async function uploadFile(
  purpose: Purpose,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ id: string }> {
  const plan = await postJson(`/api/uploads/${purpose}/direct`, { name: file.name, size: file.size });
  if (plan.status !== 200) throw new Error(plan.body.error ?? `Upload failed (${plan.status}).`);
  if (plan.body.mode !== "direct") {
    return fileOf(
      await send(
        `/api/uploads/${purpose}`,
        file,
        { "x-file-name": encodeURIComponent(file.name), "content-type": file.type || "application/octet-stream" },
        onProgress,
      ),
    );
  }
  const { uploadId, url, fields } = plan.body as { uploadId: string; url: string; fields: Record<string, string> };
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", file); // storage reads the fields before the file: it must come last
  const stored = await send(url, form, {}, onProgress);
  if (stored.status < 200 || stored.status >= 300)
    throw new Error(`Storage refused the file (${stored.status}). It may be larger than the limit; please try again.`);
  return fileOf(await postJson(`/api/uploads/${purpose}/direct/${encodeURIComponent(uploadId)}`));
}
