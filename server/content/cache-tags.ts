/**
 * Cache tags: every cached read names the entities it shows, and every change invalidates exactly
 * the tags of what it changed. `*:names` is for pages that show another entity's title or order
 * (related terms, previous/next): renames and (un)publishing touch it, body edits do not.
 */
export const cacheTags = {
  glossaryTerm: (slug: string) => `glossary:term:${slug}`,
  glossaryList: "glossary:list",
  glossaryNames: "glossary:names",
  blogPost: (slug: string) => `blog:post:${slug}`,
  blogList: "blog:list",
  faq: "faq",
  services: "services",
  customers: "customers",
  plans: "plans",
  /** The editable copy of a fixed page (home, about). */
  pageCopy: (page: string) => `pages:copy:${page}`,
  /** The PageImage rows of a page (home, hero-redesign, about). */
  pageImages: (page: string) => `pages:images:${page}`,
  search: "search",
  redirects: "redirects",
} as const;
