-- AlterTable
ALTER TABLE "DesignRequest" ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "RequestComment" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "DesignRequest_workspaceId_createdById_idempotencyKey_key" ON "DesignRequest"("workspaceId", "createdById", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "RequestComment_requestId_authorId_idempotencyKey_key" ON "RequestComment"("requestId", "authorId", "idempotencyKey");
