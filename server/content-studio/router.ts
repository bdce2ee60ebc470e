import { z } from "zod";
import { cacheTags } from "../content/cache-tags";
import { invalidateTags } from "../platform/cache";
import { adminProcedure, auditFrom, router } from "../trpc";
import {
  diffInput,
  draftSchemas,
  itemInput,
  listInput,
  previewLinkInput,
  publishInput,
  redirectDeleteInput,
  redirectSaveInput,
  reorderInput,
  restoreInput,
  revisionInput,
  scheduleInput,
} from "./schemas";
import {
  type Actor,
  createItem,
  createPreviewLink,
  deleteRedirect,
  diffRevisions,
  getItem,
  getRevision,
  listItems,
  listRedirects,
  listRevisions,
  publishItem,
  reorder,
  restoreRevision,
  saveDraft,
  saveRedirect,
  scheduleItem,
  unpublishItem,
} from "./service";

// Inputs carry the kind beside its fields, so each kind's draft schema validates its own data (a 400 with issues).
const withData = <T extends z.ZodRawShape>(extra: T) =>
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("glossary"), data: draftSchemas.glossary, ...extra }),
    z.object({ kind: z.literal("post"), data: draftSchemas.post, ...extra }),
    z.object({ kind: z.literal("faq"), data: draftSchemas.faq, ...extra }),
    z.object({ kind: z.literal("service"), data: draftSchemas.service, ...extra }),
    z.object({ kind: z.literal("story"), data: draftSchemas.story, ...extra }),
    z.object({ kind: z.literal("plan"), data: draftSchemas.plan, ...extra }),
    z.object({ kind: z.literal("page"), data: draftSchemas.page, ...extra }),
  ]);
const saveInput = withData({
  id: z.string().trim().min(1).max(64),
  baseVersion: z.number().int().min(0).max(1_000_000),
});
// A new item starts from its kind's blank fields; the form sends only its name and address.
// Pages (home, about) are fixed items: they are seeded, never created.
const createInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("glossary"), data: draftSchemas.glossary.partial() }),
  z.object({ kind: z.literal("post"), data: draftSchemas.post.partial() }),
  z.object({ kind: z.literal("faq"), data: draftSchemas.faq.partial() }),
  z.object({ kind: z.literal("service"), data: draftSchemas.service.partial() }),
  z.object({ kind: z.literal("story"), data: draftSchemas.story.partial() }),
  z.object({ kind: z.literal("plan"), data: draftSchemas.plan.partial() }),
]);

const actorOf = (ctx: { user: { id: string; name: string | null; email: string } }): Actor => ({
  id: ctx.user.id,
  name: ctx.user.name ?? ctx.user.email,
  email: ctx.user.email,
});
const target = (kind: string, id: string) => ({ type: `content_${kind}`, id });

/**
 * The content studio: admins only. Designers read drafts through the public procedures' staff
 * path but do not edit the site's copy — publishing is the studio's voice, decided by admins.
 */
export const contentStudioRouter = router({
  list: adminProcedure.input(listInput).query(({ ctx, input }) => listItems(ctx.db, input)),

  item: adminProcedure.input(itemInput).query(({ ctx, input }) => getItem(ctx.db, input.kind, input.id)),

  create: adminProcedure.input(createInput).mutation(async ({ ctx, input }) => {
    const created = await createItem(ctx.db, input.kind, input.data, actorOf(ctx));
    await auditFrom(ctx)({ action: `content.${input.kind}.created`, target: target(input.kind, created.id) });
    return created;
  }),

  save: adminProcedure
    .input(saveInput)
    .mutation(({ ctx, input }) => saveDraft(ctx.db, input.kind, input.id, input.baseVersion, input.data, actorOf(ctx))),

  publish: adminProcedure.input(publishInput).mutation(async ({ ctx, input }) => {
    const change = await publishItem(ctx.db, input.kind, input.id, input.version, actorOf(ctx));
    invalidateTags(change.tags);
    await auditFrom(ctx)({
      action: `content.${input.kind}.published`,
      target: target(input.kind, input.id),
      metadata: { version: input.version },
    });
    return change.result;
  }),

  unpublish: adminProcedure.input(itemInput).mutation(async ({ ctx, input }) => {
    const change = await unpublishItem(ctx.db, input.kind, input.id);
    invalidateTags(change.tags);
    await auditFrom(ctx)({ action: `content.${input.kind}.unpublished`, target: target(input.kind, input.id) });
    return change.result;
  }),

  schedule: adminProcedure.input(scheduleInput).mutation(async ({ ctx, input }) => {
    const scheduled = await scheduleItem(ctx.db, input.kind, input.id, input.action, input.at);
    await auditFrom(ctx)({
      action: `content.${input.kind}.scheduled`,
      target: target(input.kind, input.id),
      metadata: { action: input.action, at: input.at?.toISOString() ?? null },
    });
    return scheduled;
  }),

  revisions: adminProcedure.input(itemInput).query(({ ctx, input }) => listRevisions(ctx.db, input.kind, input.id)),

  revision: adminProcedure
    .input(revisionInput)
    .query(({ ctx, input }) => getRevision(ctx.db, input.kind, input.id, input.number)),

  diff: adminProcedure
    .input(diffInput)
    .query(({ ctx, input }) => diffRevisions(ctx.db, input.kind, input.id, input.from, input.to)),

  restore: adminProcedure.input(restoreInput).mutation(async ({ ctx, input }) => {
    const restored = await restoreRevision(ctx.db, input.kind, input.id, input.number, input.baseVersion, actorOf(ctx));
    await auditFrom(ctx)({
      action: `content.${input.kind}.restored`,
      target: target(input.kind, input.id),
      metadata: { from: input.number, version: restored.version },
    });
    return restored;
  }),

  previewLink: adminProcedure.input(previewLinkInput).mutation(async ({ ctx, input }) => {
    const link = await createPreviewLink(ctx.db, input.kind, input.id, input.hours, actorOf(ctx));
    await auditFrom(ctx)({
      action: `content.${input.kind}.preview_shared`,
      target: target(input.kind, input.id),
      metadata: { expiresAt: link.expiresAt.toISOString() },
    });
    return link;
  }),

  reorder: adminProcedure.input(reorderInput).mutation(async ({ ctx, input }) => {
    const result = await reorder(ctx.db, input.kind, input.ids);
    invalidateTags(
      input.kind === "faq"
        ? [cacheTags.faq, cacheTags.search]
        : input.kind === "plan"
          ? [cacheTags.plans]
          : [cacheTags.services],
    );
    await auditFrom(ctx)({
      action: `content.${input.kind}.reordered`,
      target: { type: input.kind, id: input.ids[0] ?? "" },
    });
    return result;
  }),

  redirects: adminProcedure.query(async ({ ctx }) => ({ redirects: await listRedirects(ctx.db) })),

  saveRedirect: adminProcedure.input(redirectSaveInput).mutation(async ({ ctx, input }) => {
    const saved = await saveRedirect(ctx.db, input);
    invalidateTags([cacheTags.redirects]);
    await auditFrom(ctx)({
      action: "content.redirect.saved",
      target: { type: "redirect", id: saved.id },
      metadata: input,
    });
    return saved;
  }),

  deleteRedirect: adminProcedure.input(redirectDeleteInput).mutation(async ({ ctx, input }) => {
    const deleted = await deleteRedirect(ctx.db, input.id);
    invalidateTags([cacheTags.redirects]);
    await auditFrom(ctx)({ action: "content.redirect.deleted", target: { type: "redirect", id: input.id } });
    return deleted;
  }),
});
