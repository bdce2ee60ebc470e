import { cookies, draftMode } from "next/headers";
import { type NextRequest, NextResponse } from "next/server";
import { currentSession } from "@/server/accounts/current-session";
import { PREVIEW_COOKIE } from "@/server/content-studio/public";
import { studioKind } from "@/server/content-studio/schemas";
import { getItem, previewLinkTarget } from "@/server/content-studio/service";
import { db } from "@/server/platform/db";
import { safeRedirectPath } from "@/server/platform/redirects";

const plain = (status: number, text: string) =>
  new NextResponse(text, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * Enters Next's draft mode and opens an item's public page with its draft:
 * `?kind=&id=` for staff (the editor's preview pane), `?token=` for a shared preview link
 * (checked again on every render, so it stops working when it expires), `?exit=1` to leave.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const draft = await draftMode();
  const jar = await cookies();
  // A relative Location: behind a proxy (or on 127.0.0.1) Next's idea of our origin can differ from the
  // browser's, and the preview frame must stay on the editor's origin to be allowed and to keep its cookie.
  const go = (path: string) =>
    new NextResponse(null, {
      status: 307,
      headers: { location: safeRedirectPath(path, "/"), "cache-control": "no-store" },
    });

  if (params.get("exit")) {
    draft.disable();
    jar.delete(PREVIEW_COOKIE);
    return go(params.get("to") ?? "/");
  }

  const token = params.get("token");
  if (token) {
    const target = await previewLinkTarget(db(), token);
    if (!target?.path) return plain(410, "This preview link has expired or does not exist. Ask for a new one.");
    draft.enable();
    jar.set(PREVIEW_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      expires: target.expiresAt,
    });
    return go(target.path);
  }

  const session = await currentSession();
  if (!session?.user.staffRole) return plain(403, "Only studio staff can preview drafts.");
  const kind = studioKind.safeParse(params.get("kind"));
  const id = params.get("id");
  if (!kind.success || !id || id.length > 64) return plain(400, "Say which item to preview (kind and id).");
  const item = await getItem(db(), kind.data, id).catch(() => null);
  if (!item?.path) return plain(404, "That item does not exist or has no page yet.");
  draft.enable();
  return go(item.path);
}
