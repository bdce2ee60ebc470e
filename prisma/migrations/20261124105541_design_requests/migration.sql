-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('QUEUED', 'ACTIVE', 'IN_REVIEW', 'REVISION', 'DONE', 'CANCELED');

-- CreateTable
CREATE TABLE "DesignRequest" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "brief" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3),
    "status" "RequestStatus" NOT NULL DEFAULT 'QUEUED',
    "position" INTEGER NOT NULL,
    "assigneeId" TEXT,
    "createdById" TEXT NOT NULL,
    "activatedAt" TIMESTAMP(3),
    "firstDeliveredAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DesignRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestStatusChange" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "fromStatus" "RequestStatus",
    "toStatus" "RequestStatus" NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DesignRequest_workspaceId_status_position_idx" ON "DesignRequest"("workspaceId", "status", "position");

-- CreateIndex
CREATE INDEX "DesignRequest_status_updatedAt_idx" ON "DesignRequest"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "DesignRequest_assigneeId_status_idx" ON "DesignRequest"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "RequestStatusChange_requestId_createdAt_idx" ON "RequestStatusChange"("requestId", "createdAt");

-- AddForeignKey
ALTER TABLE "RequestStatusChange" ADD CONSTRAINT "RequestStatusChange_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DesignRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
