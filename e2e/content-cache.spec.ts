import { expect, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { trpcMutation } from "./support/trpc";

test("an edited term shows at once, while unrelated cached pages are not rebuilt", async ({ page, request }) => {
  // Warm the cache for the page we edit and for one unrelated to it.
  for (const path of ["/glossary/backend", "/glossary/favicon"]) {
    await request.get(path);
    const warm = await request.get(path);
    expect(warm.headers()["x-nextjs-cache"], path).toBe("HIT");
  }

  await signInByEmail(page, "admin@atelier.example");
  const summary = `Edited at ${Date.now()}: the part of a website that runs on the server.`;
  const result = await trpcMutation(page.request, "glossary.update", { slug: "backend", patch: { summary } });
  expect(result.status).toBe(200);

  const edited = await request.get("/glossary/backend");
  expect(edited.headers()["x-nextjs-cache"]).not.toBe("HIT");
  expect(await edited.text()).toContain(summary);

  const unrelated = await request.get("/glossary/favicon");
  expect(unrelated.headers()["x-nextjs-cache"]).toBe("HIT");

  // A client may not edit content.
  const anonymous = await trpcMutation(request, "glossary.update", { slug: "backend", patch: { summary: "x" } });
  expect(anonymous.status).toBe(401);
});
