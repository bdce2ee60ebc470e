import type { Db } from "../platform/db";

/**
 * Who may download a stored file: staff; or a member of the workspace whose request the file was
 * delivered on. Everyone else gets the same "not found" (ids cannot be probed).
 */
export async function downloadableFile(db: Db, fileId: string, user: { id: string; staffRole: string | null } | null) {
  if (!user) return null;
  const file = await db.fileAsset.findUnique({
    where: { id: fileId },
    select: { storageKey: true, mime: true, originalName: true },
  });
  if (!file) return null;
  if (user.staffRole) return file;
  const deliverable = await db.deliverable.findFirst({ where: { fileId }, select: { requestId: true } });
  if (!deliverable) return null;
  const request = await db.designRequest.findUnique({
    where: { id: deliverable.requestId },
    select: { workspaceId: true },
  });
  if (!request) return null;
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: request.workspaceId, userId: user.id } },
    select: { id: true },
  });
  return membership ? file : null;
}
