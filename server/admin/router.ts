import { z } from "zod";
import { listAudit } from "../audit/service";
import { jobOverview, listJobs, retryJob } from "../platform/job-admin";
import { adminProcedure, auditFrom, router } from "../trpc";
import { workspaceName } from "../workspaces/name";
import { createWorkspace } from "../workspaces/service";
import { listUsers, listWorkspaces, setStaffRole } from "./service";
import { renameWorkspace, workspaceRecord } from "./workspace-record";

export const adminRouter = router({
  users: adminProcedure
    .input(z.object({ q: z.string().trim().max(120).optional(), limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => listUsers(ctx.db, input)),

  setStaffRole: adminProcedure
    .input(z.object({ userId: z.string().min(1).max(40), role: z.enum(["DESIGNER", "ADMIN"]).nullable() }))
    .mutation(async ({ ctx, input }) => {
      const change = await setStaffRole(ctx.db, input.userId, input.role);
      await auditFrom(ctx)({
        action: "staff.role_changed",
        target: { type: "user", id: input.userId },
        metadata: { from: change.previous, to: change.role },
      });
      return change;
    }),

  workspaces: adminProcedure.query(({ ctx }) => listWorkspaces(ctx.db)),

  /** A client's record: people, subscription, requests, files, the lead it came from, audit entries. */
  workspace: adminProcedure
    .input(z.object({ workspaceId: z.string().min(1).max(40) }))
    .query(({ ctx, input }) => workspaceRecord(ctx.db, input.workspaceId)),

  renameWorkspace: adminProcedure
    .input(z.object({ workspaceId: z.string().min(1).max(40), name: workspaceName }))
    .mutation(async ({ ctx, input }) => {
      const renamed = await renameWorkspace(ctx.db, input.workspaceId, input.name);
      await auditFrom(ctx)({
        action: "workspace.renamed",
        workspaceId: input.workspaceId,
        target: { type: "workspace", id: input.workspaceId },
        metadata: { from: renamed.previousName, to: renamed.name, source: "staff" },
      });
      return { id: renamed.id, name: renamed.name };
    }),

  createWorkspace: adminProcedure
    .input(
      z.object({
        name: z.string().trim().min(1).max(120),
        ownerEmail: z.string().trim().toLowerCase().max(254).pipe(z.email()),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const workspace = await createWorkspace(ctx.db, input);
      await auditFrom(ctx)({
        action: "workspace.created",
        workspaceId: workspace.id,
        target: { type: "workspace", id: workspace.id },
        metadata: { owner: input.ownerEmail },
      });
      return workspace;
    }),

  audit: adminProcedure
    .input(
      z.object({
        actor: z.string().trim().max(254).optional(),
        action: z.string().trim().max(80).optional(),
        from: z.coerce.date().optional(),
        to: z.coerce.date().optional(),
        cursor: z.string().max(40).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) => listAudit(ctx.db, input)),

  jobs: adminProcedure
    .input(
      z.object({
        status: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"]).optional(),
        kind: z.string().trim().max(80).optional(),
        cursor: z.string().max(40).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(async ({ ctx, input }) => ({ overview: await jobOverview(ctx.db), ...(await listJobs(ctx.db, input)) })),

  retryJob: adminProcedure.input(z.object({ jobId: z.string().min(1).max(40) })).mutation(async ({ ctx, input }) => {
    const job = await retryJob(ctx.db, input.jobId);
    await auditFrom(ctx)({ action: "job.retried", target: { type: "job", id: job.id }, metadata: { kind: job.kind } });
    return job;
  }),
});
