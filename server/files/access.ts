import type { Db } from "../platform/db";

/**
 * Who may download a stored file: staff; or a member of the workspace whose request the file was
 * delivered on or attached to, or whose logo it is; or, before it is attached, the person who uploaded it. Everyone
 * else gets the same "not found" (ids cannot be probed). Previews and thumbnails
 * (`/api/files/<id>/preview`) are served under exactly this rule.
 */
export async function downloadableFile(db: Db, fileId: string, user: { id: string; staffRole: string | null } | null) {
  if (!user) return null;
  const file = await db.fileAsset.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      storageKey: true,
      mime: true,
      originalName: true,
      size: true,
      uploadedById: true,
      attachments: { select: { request: { select: { workspaceId: true } } } },
      brandLogoOf: { select: { id: true }, take: 1 },
    },
  });
  if (!file) return null;
  const { attachments, brandLogoOf, uploadedById, ...download } = file;
  if (user.staffRole) return download;
  let workspaceId = attachments[0]?.request.workspaceId ?? brandLogoOf[0]?.id;
  if (!workspaceId) {
    const deliverable = await db.deliverable.findFirst({ where: { fileId }, select: { requestId: true } });
    if (!deliverable) return uploadedById === user.id ? download : null;
    workspaceId = (
      await db.designRequest.findUnique({ where: { id: deliverable.requestId }, select: { workspaceId: true } })
    )?.workspaceId;
  }
  if (!workspaceId) return null;
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: user.id } },
    select: { id: true },
  });
  return membership ? download : null;
}
