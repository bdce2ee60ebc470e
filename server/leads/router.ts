import { z } from "zod";
import { serverEnv } from "../env";
import { consumeRateLimit } from "../platform/rate-limit";
import { auditFrom, publicProcedure, router, staffProcedure } from "../trpc";
import { emitWebhookEvent } from "../webhooks/service";
import { contactInput, heroRedesignInput, leadFilters, leadStages } from "./schemas";
import {
  addLeadNote,
  assignLeadOwner,
  funnelSummary,
  getLead,
  heroAttribution,
  heroStatus,
  listLeads,
  moveLeadStage,
  requestHeroRedesign,
  submitContact,
} from "./service";
import { normalizeWebsiteUrl } from "./website-url";

const id = z.string().min(1).max(40);

/** Public forms: limited per IP and per address before anything is stored. */
async function limitPublicForm(ip: string, email: string) {
  await consumeRateLimit("public-form:ip", ip);
  await consumeRateLimit("public-form:email", email);
}

export const leadsRouter = router({
  submitContact: publicProcedure.input(contactInput).mutation(async ({ ctx, input }) => {
    await limitPublicForm(ctx.clientIp, input.email);
    const result = await submitContact(ctx.db, input, serverEnv().APP_URL);
    if (!result.isDuplicate)
      await auditFrom(ctx)({
        action: "lead.created",
        target: { type: "lead", id: result.leadId },
        metadata: { source: "CONTACT" },
      });
    if (!result.isDuplicate)
      await emitWebhookEvent(ctx.db, "lead.created", null, { leadId: result.leadId, source: "CONTACT" });
    return { ok: true as const };
  }),

  requestHeroRedesign: publicProcedure.input(heroRedesignInput).mutation(async ({ ctx, input }) => {
    // A refused address is a correction to make, not a submission: check it before counting, so
    // a visitor who mistypes five URLs is not locked out for an hour (nothing is stored either way).
    normalizeWebsiteUrl(input.websiteUrl);
    await limitPublicForm(ctx.clientIp, input.email);
    const env = serverEnv();
    const result = await requestHeroRedesign(ctx.db, input, { appUrl: env.APP_URL, secret: env.AUTH_SECRET });
    if (!result.isDuplicate) {
      await auditFrom(ctx)({
        action: "lead.created",
        target: { type: "hero_redesign", id: result.heroRedesignId },
        metadata: { source: "HERO_REDESIGN" },
      });
      const lead = await ctx.db.heroRedesign.findUnique({
        where: { id: result.heroRedesignId },
        select: { leadId: true },
      });
      if (lead?.leadId)
        await emitWebhookEvent(ctx.db, "lead.created", null, { leadId: lead.leadId, source: "HERO_REDESIGN" });
    }
    return { ok: true as const };
  }),

  heroStatus: publicProcedure
    .input(z.object({ token: z.string().min(10).max(200) }))
    .query(({ ctx, input }) => heroStatus(ctx.db, input.token, serverEnv().AUTH_SECRET)),

  /** Whether a `?ref=` names a delivered hero redesign, so /pricing promises its designer only then. */
  attribution: publicProcedure
    .input(z.object({ ref: z.string().max(60) }))
    .query(({ ctx, input }) => heroAttribution(ctx.db, input.ref)),

  list: staffProcedure.input(leadFilters).query(({ ctx, input }) => listLeads(ctx.db, input)),

  byId: staffProcedure.input(z.object({ id })).query(({ ctx, input }) => getLead(ctx.db, input.id)),

  moveStage: staffProcedure.input(z.object({ id, stage: z.enum(leadStages) })).mutation(async ({ ctx, input }) => {
    const change = await moveLeadStage(ctx.db, input.id, input.stage, ctx.user.id);
    if (change.isChanged) {
      await auditFrom(ctx)({
        action: "lead.stage_changed",
        target: { type: "lead", id: input.id },
        metadata: { from: change.from, to: change.to },
      });
    }
    return change;
  }),

  assign: staffProcedure.input(z.object({ id, ownerId: id.nullable() })).mutation(async ({ ctx, input }) => {
    await assignLeadOwner(ctx.db, input.id, input.ownerId);
    await auditFrom(ctx)({
      action: "lead.owner_assigned",
      target: { type: "lead", id: input.id },
      metadata: { ownerId: input.ownerId },
    });
    return { ok: true };
  }),

  addNote: staffProcedure
    .input(z.object({ id, body: z.string().trim().min(1, "write a note").max(10_000) }))
    .mutation(async ({ ctx, input }) => {
      const note = await addLeadNote(ctx.db, input.id, ctx.user.id, input.body);
      await auditFrom(ctx)({ action: "lead.note_added", target: { type: "lead", id: input.id } });
      return note;
    }),

  staff: staffProcedure.query(({ ctx }) =>
    ctx.db.user.findMany({
      where: { staffRole: { not: null } },
      orderBy: { email: "asc" },
      select: { id: true, email: true, name: true },
    }),
  ),

  funnel: staffProcedure
    .input(z.object({ weeks: z.number().int().min(1).max(104).default(12) }))
    .query(({ ctx, input }) => funnelSummary(ctx.db, input.weeks)),
});
