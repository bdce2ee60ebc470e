-- CreateIndex
CREATE INDEX "DesignRequest_workspaceId_completedAt_idx" ON "DesignRequest"("workspaceId", "completedAt");
