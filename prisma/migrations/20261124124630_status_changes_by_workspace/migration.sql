-- AlterTable: add the column, copy it from each change's request, then require it.
ALTER TABLE "RequestStatusChange" ADD COLUMN "workspaceId" TEXT;
UPDATE "RequestStatusChange" c SET "workspaceId" = r."workspaceId" FROM "DesignRequest" r WHERE r.id = c."requestId";
ALTER TABLE "RequestStatusChange" ALTER COLUMN "workspaceId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "RequestStatusChange_workspaceId_createdAt_idx" ON "RequestStatusChange"("workspaceId", "createdAt");
