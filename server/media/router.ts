import { z } from "zod";
import { cacheTags } from "../content/cache-tags";
import { cachedRead, invalidateTags } from "../platform/cache";
import { storage } from "../platform/storage";
import { auditFrom, publicProcedure, router, staffProcedure } from "../trpc";
import { createMedia, deleteMedia, getMedia, listMedia, pageImages, updateMedia } from "./service";

/** Public pages whose images are PageImage rows; also their cache tag's name. */
export const imagePages = ["home", "hero-redesign", "about"] as const;
export const pageImagesTag = cacheTags.pageImages;

const idSchema = z.string().trim().min(1, "Choose an image.").max(64, "That is not an image of the library.");
const altSchema = z
  .string()
  .trim()
  .min(1, "Describe the image for people who cannot see it (alt text).")
  .max(300, "Keep the alt text to 300 characters or fewer: say what the image shows, not everything in it.");
const focalSchema = z
  .number()
  .min(0, "The focal point must lie on the image.")
  .max(1, "The focal point must lie on the image.");

export const mediaRouter = router({
  list: staffProcedure
    .input(
      z.object({
        query: z.string().trim().max(100, "Keep the search to 100 characters or fewer.").optional(),
        cursor: idSchema.optional(),
      }),
    )
    .query(({ ctx, input }) => listMedia(ctx.db, input)),

  get: staffProcedure.input(z.object({ id: idSchema })).query(({ ctx, input }) => getMedia(ctx.db, input.id)),

  create: staffProcedure
    .input(
      z.object({
        fileId: idSchema,
        alt: altSchema,
        focalX: focalSchema.default(0.5),
        focalY: focalSchema.default(0.5),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const asset = await createMedia(ctx.db, storage(), { ...input, uploadedById: ctx.user.id });
      await auditFrom(ctx)({
        action: "media.created",
        target: { type: "media", id: asset.id },
        metadata: { path: asset.path },
      });
      return asset;
    }),

  update: staffProcedure
    .input(
      z.object({
        id: idSchema,
        alt: altSchema.optional(),
        focalX: focalSchema.optional(),
        focalY: focalSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const asset = await updateMedia(ctx.db, input);
      // Pages show the alt text and focal point of the images they use.
      invalidateTags([cacheTags.services, cacheTags.customers, ...imagePages.map(pageImagesTag)]);
      await auditFrom(ctx)({
        action: "media.updated",
        target: { type: "media", id: asset.id },
        metadata: { fields: Object.keys(input).filter((k) => k !== "id") },
      });
      return asset;
    }),

  delete: staffProcedure.input(z.object({ id: idSchema })).mutation(async ({ ctx, input }) => {
    const gone = await deleteMedia(ctx.db, storage(), input.id);
    await auditFrom(ctx)({
      action: "media.deleted",
      target: { type: "media", id: gone.id },
      metadata: { path: gone.path },
    });
    return gone;
  }),

  /** The images of the home page, /hero-redesign or /about. */
  pageImages: publicProcedure
    .input(z.object({ page: z.enum(imagePages, "Choose home, hero-redesign or about.") }))
    .query(({ ctx, input }) =>
      cachedRead(["media.pageImages", input.page], [pageImagesTag(input.page)], () => pageImages(ctx.db, input.page)),
    ),
});
