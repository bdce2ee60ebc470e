import { z } from "zod";
import { canSeeDrafts } from "../content/access";
import { cacheTags } from "../content/cache-tags";
import { slugSchema } from "../glossary/schemas";
import { cachedRead, invalidateTags } from "../platform/cache";
import { adminProcedure, auditFrom, publicProcedure, router } from "../trpc";
import { getPost, listPosts, listTags, setPostStatus, updatePost } from "./service";

const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(40)
  .regex(/^[a-z0-9-]+$/, "a tag is lowercase letters, digits and dashes");

export const blogRouter = router({
  list: publicProcedure
    .input(z.object({ page: z.number().int().min(1).max(10_000).default(1), tag: tagSchema.optional() }))
    .query(({ ctx, input }) =>
      cachedRead(["blog.list", String(input.page), input.tag ?? ""], [cacheTags.blogList], () =>
        listPosts(ctx.db, input),
      ),
    ),

  tags: publicProcedure.query(({ ctx }) => cachedRead(["blog.tags"], [cacheTags.blogList], () => listTags(ctx.db))),

  bySlug: publicProcedure.input(z.object({ slug: slugSchema })).query(({ ctx, input }) => {
    const viewer = ctx.session?.user;
    if (canSeeDrafts(viewer)) return getPost(ctx.db, input.slug, viewer);
    return cachedRead(["blog.bySlug", input.slug], [cacheTags.blogPost(input.slug)], () => getPost(ctx.db, input.slug));
  }),

  update: adminProcedure
    .input(
      z.object({
        slug: slugSchema,
        patch: z
          .object({
            title: z.string().trim().min(1).max(160),
            excerpt: z.string().trim().min(1).max(300),
            body: z.string().trim().min(1).max(100_000),
            tags: z.array(tagSchema).max(8),
            author: z.string().trim().min(1).max(120),
            seoTitle: z.string().trim().max(70).nullable(),
            seoDescription: z.string().trim().max(160).nullable(),
          })
          .partial(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const change = await updatePost(ctx.db, input.slug, input.patch);
      invalidateTags(change.tags);
      await auditFrom(ctx)({
        action: "content.blog.updated",
        target: { type: "blog_post", id: input.slug },
        metadata: { fields: Object.keys(input.patch) },
      });
      return change.result;
    }),

  setStatus: adminProcedure
    .input(z.object({ slug: slugSchema, status: z.enum(["DRAFT", "PUBLISHED"]) }))
    .mutation(async ({ ctx, input }) => {
      const change = await setPostStatus(ctx.db, input.slug, input.status);
      invalidateTags(change.tags);
      await auditFrom(ctx)({
        action: "content.blog.status_changed",
        target: { type: "blog_post", id: input.slug },
        metadata: { status: input.status },
      });
      return change.result;
    }),
});
