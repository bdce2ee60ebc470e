import type { Db } from "../platform/db";
import type { Storage } from "../platform/storage";
import { mediaForPath } from "./service";

/**
 * GET /media/<id>/<name>: a library image. A path never serves other bytes (a new image is a new
 * asset), so browsers, CDNs and next/image may keep it for a year without asking again.
 */
export async function serveMedia(deps: { db: Db; storage: Storage }, id: string, name: string) {
  const asset = await mediaForPath(deps.db, id, name);
  const body = asset ? await deps.storage.stream(asset.file.storageKey) : null;
  if (!asset || !body)
    return new Response("This image is not in the media library.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  return new Response(body, {
    headers: {
      "content-type": asset.mime,
      "content-length": String(asset.size),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
