import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { blogPosts } from "../../prisma/seed-content/blog";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { callerFor } from "../testing/trpc";
import { BLOG_PAGE_SIZE } from "./service";

describeDb("blog, FAQ, services, customers and plans", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
  });
  afterAll(() => database?.close());

  it("pages posts newest first and clamps out-of-range pages to the last one", async () => {
    const caller = await callerFor(database.prisma);
    const first = await caller.blog.list({ page: 1 });
    expect(first.posts).toHaveLength(Math.min(BLOG_PAGE_SIZE, blogPosts.length));
    const dates = first.posts.map((p) => p.publishedAt?.getTime() ?? 0);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const beyond = await caller.blog.list({ page: 999 });
    expect(beyond.page).toBe(beyond.pageCount);
    expect(beyond.posts.length).toBeGreaterThan(0);
  });

  it("filters by tag and refuses a malformed tag", async () => {
    const caller = await callerFor(database.prisma);
    const tags = await caller.blog.tags();
    const tag = tags[0]?.tag as string;
    const list = await caller.blog.list({ page: 1, tag });
    expect(list.total).toBe(tags[0]?.count);
    expect(list.posts.every((p) => p.tags.includes(tag))).toBe(true);
    await expect(caller.blog.list({ page: 1, tag: "Bad Tag!" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("reads a post and answers NOT_FOUND for an unknown one", async () => {
    const caller = await callerFor(database.prisma);
    const post = await caller.blog.bySlug({ slug: blogPosts[0]?.slug as string });
    expect(post.body.length).toBeGreaterThan(500);
    await expect(caller.blog.bySlug({ slug: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("groups the FAQ in the studio's order and narrows it by search", async () => {
    const caller = await callerFor(database.prisma);
    const faq = await caller.faq.list({});
    expect(faq.groups[0]?.category).toBe("Subscriptions");
    expect(faq.count).toBeGreaterThanOrEqual(20);
    const pause = await caller.faq.list({ q: "pause" });
    expect(pause.count).toBeGreaterThan(0);
    expect(pause.count).toBeLessThan(faq.count);
    expect((await caller.faq.list({ q: `'":*&|!()` })).count).toBe(faq.count);
  });

  it("lists services, customer stories and active plans", async () => {
    const caller = await callerFor(database.prisma);
    const services = await caller.services.list();
    expect(services.length).toBeGreaterThanOrEqual(4);
    const service = await caller.services.bySlug({ slug: services[0]?.slug as string });
    expect(service.body.length).toBeGreaterThan(100);
    const stories = await caller.customers.list();
    const story = await caller.customers.bySlug({ slug: stories[0]?.slug as string });
    expect(story.results).toHaveLength(3);
    expect(story.services.length).toBeGreaterThan(0);
    const plans = await caller.plans.list();
    expect(plans.map((p) => p.activeRequestLimit)).toEqual([1, 2, 4]);
    await database.prisma.plan.update({ where: { slug: plans[0]?.slug }, data: { isActive: false } });
    expect(await caller.plans.list()).toHaveLength(2);
  });
});
