import { z } from "zod";
import { DomainError } from "../errors";
import type { Db } from "../platform/db";

/** Logos the studio can show as a picture (the preview route rasterizes SVG on the server). */
export const LOGO_MIMES = ["image/png", "image/jpeg", "image/webp", "image/gif", "image/svg+xml"] as const;

const hex = z
  .string({ error: "Enter a colour as a hex code, like #1d4ed8." })
  .trim()
  .transform((v) => (v.startsWith("#") ? v : `#${v}`).toLowerCase())
  .pipe(
    z
      .string()
      .regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/, "Enter a colour as a hex code, like #1d4ed8.")
      .transform((v) =>
        v.length === 4
          ? `#${[...v.slice(1)].map((c) => c + c).join("")}` // #abc → #aabbcc
          : v,
      ),
  );

const font = z.string().trim().min(1, "Enter a font name.").max(80, "Keep a font name to 80 characters or fewer.");

const link = z.object({
  label: z.string().trim().max(60, "Keep a link's label to 60 characters or fewer.").default(""),
  url: z
    .string({ error: "Enter the link's address." })
    .trim()
    .max(2000, "Keep a link to 2,000 characters or fewer.")
    .transform((v) => (/^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`))
    .pipe(
      z.url({
        protocol: /^https?$/,
        hostname: /\./,
        error: "Enter a web address, like https://example.com/brand.",
      }),
    ),
});

/** What the brand page and the onboarding's last step send: a list sent replaces the stored one, one left out is kept. */
export const brandInput = z.object({
  logoFileId: z.string().min(1).max(40).nullable().optional(),
  colors: z.array(hex).max(12, "Twelve colours at most.").optional(),
  fonts: z.array(font).max(6, "Six fonts at most.").optional(),
  links: z.array(link).max(12, "Twelve links at most.").optional(),
});
export type BrandInput = z.infer<typeof brandInput>;

const storedLinks = z.array(z.object({ label: z.string(), url: z.string() })).catch([]);

const brandSelect = {
  id: true,
  name: true,
  brandColors: true,
  brandFonts: true,
  brandLinks: true,
  brandLogo: { select: { id: true, mime: true, originalName: true, size: true } },
} as const;

type BrandRow = {
  id: string;
  name: string;
  brandColors: string[];
  brandFonts: string[];
  brandLinks: unknown;
  brandLogo: { id: string; mime: string; originalName: string; size: number } | null;
};

const shape = (w: BrandRow) => ({
  workspaceId: w.id,
  workspaceName: w.name,
  logo: w.brandLogo,
  colors: w.brandColors,
  fonts: w.brandFonts,
  links: storedLinks.parse(w.brandLinks),
});
export type Brand = ReturnType<typeof shape>;

export async function workspaceBrand(db: Db, workspaceId: string) {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: brandSelect });
  if (!workspace) throw new DomainError("NOT_FOUND", "No such workspace.");
  return shape(workspace);
}

/**
 * Replaces the brand assets. A new logo must be an image the caller uploaded through the upload
 * route (checked there by content) that is not yet used for anything else; the old logo's file
 * then becomes unattached and is swept like any unused upload.
 */
export async function updateBrand(db: Db, workspaceId: string, userId: string, input: BrandInput) {
  const current = await db.workspace.findUnique({ where: { id: workspaceId }, select: { brandLogoId: true } });
  if (!current) throw new DomainError("NOT_FOUND", "No such workspace.");
  const logoId = input.logoFileId === undefined ? current.brandLogoId : input.logoFileId;
  if (logoId && logoId !== current.brandLogoId) {
    const file = await db.fileAsset.findUnique({
      where: { id: logoId },
      select: {
        mime: true,
        uploadedById: true,
        _count: { select: { attachments: true, brandLogoOf: true } },
      },
    });
    // Someone else's file, or one already in use, is refused as if it did not exist.
    if (!file || file.uploadedById !== userId || file._count.attachments > 0 || file._count.brandLogoOf > 0)
      throw new DomainError("NOT_FOUND", "That upload was not found. Upload the logo again.");
    if (!(LOGO_MIMES as readonly string[]).includes(file.mime))
      throw new DomainError("BAD_REQUEST", "A logo must be a PNG, JPEG, WebP, GIF or SVG image.");
  }
  const updated = await db.workspace.update({
    where: { id: workspaceId },
    data: {
      brandLogoId: logoId,
      ...(input.colors && { brandColors: [...new Set(input.colors)] }),
      // "Inter" and "inter" are one font: the one typed last wins.
      ...(input.fonts && { brandFonts: [...new Map(input.fonts.map((f) => [f.toLowerCase(), f])).values()] }),
      ...(input.links && { brandLinks: input.links.map((l) => ({ label: l.label, url: l.url })) }),
    },
    select: brandSelect,
  });
  return { brand: shape(updated), previousLogoId: current.brandLogoId };
}
