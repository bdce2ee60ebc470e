import { z } from "zod";
import { renameWorkspace } from "../admin/workspace-record";
import { serverEnv } from "../env";
import {
  auditFrom,
  authedProcedure,
  publicProcedure,
  requireScope,
  router,
  staffProcedure,
  workspaceProcedure,
} from "../trpc";
import { brandInput, updateBrand, workspaceBrand } from "./brand";
import { workspaceName } from "./name";
import { continueOnboarding, onboardingSteps } from "./onboarding";
import {
  acceptInvitation,
  changeRole,
  inviteMember,
  listMembers,
  listMyWorkspaces,
  listPendingInvitations,
  previewInvitation,
  removeMember,
  revokeInvitation,
  switchWorkspace,
} from "./service";
import { workspaceTurnaround } from "./turnaround";

const email = z.string().trim().toLowerCase().max(254).pipe(z.email("enter a valid email address"));
const role = z.enum(["OWNER", "MEMBER"]);
const token = z.string().trim().min(20).max(100);
const id = z.string().min(1).max(40);

export const workspaceRouter = router({
  mine: authedProcedure.query(({ ctx }) => listMyWorkspaces(ctx.db, ctx.user.id)),

  switch: workspaceProcedure("MEMBER").mutation(async ({ ctx, input }) => {
    await switchWorkspace(ctx.db, ctx.user.id, input.workspaceId);
    await auditFrom(ctx)({ action: "workspace.switched", workspaceId: input.workspaceId });
    return { activeWorkspaceId: input.workspaceId };
  }),

  rename: workspaceProcedure("OWNER")
    .input(z.object({ name: workspaceName }))
    .mutation(async ({ ctx, input }) => {
      const renamed = await renameWorkspace(ctx.db, input.workspaceId, input.name);
      await auditFrom(ctx)({
        action: "workspace.renamed",
        workspaceId: input.workspaceId,
        target: { type: "workspace", id: input.workspaceId },
        metadata: { from: renamed.previousName, to: renamed.name, source: "client" },
      });
      return { id: renamed.id, name: renamed.name };
    }),

  members: workspaceProcedure("MEMBER").query(({ ctx, input }) => listMembers(ctx.db, input.workspaceId)),

  invitations: workspaceProcedure("OWNER").query(({ ctx, input }) => listPendingInvitations(ctx.db, input.workspaceId)),

  invite: workspaceProcedure("OWNER")
    .input(z.object({ email, role: role.default("MEMBER") }))
    .mutation(async ({ ctx, input }) => {
      // Making someone an owner hands over the workspace: a token needs its own scope for it.
      if (input.role === "OWNER") requireScope(ctx, "members:owner");
      const invitation = await inviteMember(ctx.db, {
        workspaceId: input.workspaceId,
        email: input.email,
        role: input.role,
        invitedBy: ctx.user,
        appUrl: serverEnv().APP_URL,
      });
      await auditFrom(ctx)({
        action: "workspace.invitation_sent",
        workspaceId: input.workspaceId,
        target: { type: "invitation", id: invitation.id },
        metadata: { email: invitation.email, role: invitation.role },
      });
      return invitation;
    }),

  revokeInvitation: workspaceProcedure("OWNER")
    .input(z.object({ invitationId: id }))
    .mutation(async ({ ctx, input }) => {
      await revokeInvitation(ctx.db, input.workspaceId, input.invitationId);
      await auditFrom(ctx)({
        action: "workspace.invitation_revoked",
        workspaceId: input.workspaceId,
        target: { type: "invitation", id: input.invitationId },
      });
      return { ok: true };
    }),

  invitationPreview: publicProcedure
    .input(z.object({ token }))
    .query(({ ctx, input }) => previewInvitation(ctx.db, input.token)),

  acceptInvitation: authedProcedure.input(z.object({ token })).mutation(async ({ ctx, input }) => {
    const accepted = await acceptInvitation(ctx.db, input.token, ctx.user);
    await auditFrom(ctx)({
      action: "workspace.invitation_accepted",
      workspaceId: accepted.workspaceId,
      target: { type: "invitation", id: accepted.invitationId },
      metadata: { role: accepted.role },
    });
    return { workspaceId: accepted.workspaceId };
  }),

  removeMember: workspaceProcedure("OWNER")
    .input(z.object({ userId: id }))
    .mutation(async ({ ctx, input }) => {
      await removeMember(ctx.db, input.workspaceId, input.userId);
      await auditFrom(ctx)({
        action: "workspace.member_removed",
        workspaceId: input.workspaceId,
        target: { type: "user", id: input.userId },
      });
      return { ok: true };
    }),

  changeRole: workspaceProcedure("OWNER")
    .input(z.object({ userId: id, role }))
    .mutation(async ({ ctx, input }) => {
      if (input.role === "OWNER") requireScope(ctx, "members:owner");
      await changeRole(ctx.db, input.workspaceId, input.userId, input.role);
      await auditFrom(ctx)({
        action: "workspace.role_changed",
        workspaceId: input.workspaceId,
        target: { type: "user", id: input.userId },
        metadata: { role: input.role },
      });
      return { ok: true };
    }),

  /** The owner leaves a setup step (done or skipped) for the next, or ends the setup (`finish`). */
  continueOnboarding: workspaceProcedure("OWNER")
    .input(
      z.object({
        step: z.enum(onboardingSteps, { error: "Choose a setup step: COMPANY, TEAM or BRAND." }),
        finish: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await continueOnboarding(ctx.db, input.workspaceId, input.step, input.finish);
      if (result.moved)
        await auditFrom(ctx)({
          action: "workspace.onboarding_step",
          workspaceId: input.workspaceId,
          target: { type: "workspace", id: input.workspaceId },
          metadata: { from: input.step, to: result.step },
        });
      return { step: result.step };
    }),

  brand: workspaceProcedure("MEMBER").query(({ ctx, input }) => workspaceBrand(ctx.db, input.workspaceId)),

  /** Anyone on the client's team keeps the brand assets current; designers read them (staffBrand). */
  updateBrand: workspaceProcedure("MEMBER")
    .input(brandInput)
    .mutation(async ({ ctx, input }) => {
      const { brand, previousLogoId } = await updateBrand(ctx.db, input.workspaceId, ctx.user.id, input);
      await auditFrom(ctx)({
        action: "workspace.brand_updated",
        workspaceId: input.workspaceId,
        target: { type: "workspace", id: input.workspaceId },
        metadata: {
          colors: brand.colors.length,
          fonts: brand.fonts.length,
          links: brand.links.length,
          ...(brand.logo?.id !== previousLogoId && { logo: brand.logo?.id ?? null }),
        },
      });
      return brand;
    }),

  /** The client's brand assets for the studio: the request page and the client record. */
  staffBrand: staffProcedure
    .input(z.object({ workspaceId: id }))
    .query(({ ctx, input }) => workspaceBrand(ctx.db, input.workspaceId)),

  /** The portal home's figures: the client's own turnaround and finished requests. */
  turnaround: workspaceProcedure("MEMBER").query(({ ctx, input }) => workspaceTurnaround(ctx.db, input.workspaceId)),

  leave: workspaceProcedure("MEMBER").mutation(async ({ ctx, input }) => {
    await removeMember(ctx.db, input.workspaceId, ctx.user.id);
    await auditFrom(ctx)({
      action: "workspace.left",
      workspaceId: input.workspaceId,
      target: { type: "user", id: ctx.user.id },
    });
    return { ok: true };
  }),
});
