import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const CacheHandler = require("./next-cache-handler.cjs");

const page = (html: string, tags: string[]) => ({
  kind: "APP_PAGE",
  html,
  headers: { "x-next-cache-tags": tags.join(",") },
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("page cache handler", () => {
  it("serves a page until one of its tags is invalidated, and only that page", async () => {
    const cache = new CacheHandler({});
    await cache.set("/glossary/backend", page("backend v1", ["glossary:term:backend"]), {});
    await cache.set("/glossary/favicon", page("favicon", ["glossary:term:favicon"]), {});
    expect((await cache.get("/glossary/backend", { kind: "APP_PAGE" }))?.value.html).toBe("backend v1");

    await sleep(2);
    await cache.revalidateTag(["glossary:term:backend"], { expire: 0 });
    expect(await cache.get("/glossary/backend", { kind: "APP_PAGE" })).toBeNull();
    expect((await cache.get("/glossary/favicon", { kind: "APP_PAGE" }))?.value.html).toBe("favicon");

    // A page rendered after the invalidation is served again.
    await sleep(2);
    await cache.set("/glossary/backend", page("backend v2", ["glossary:term:backend"]), {});
    expect((await cache.get("/glossary/backend", { kind: "APP_PAGE" }))?.value.html).toBe("backend v2");
  });

  it("expires data entries by their own tags or the page's implicit tags", async () => {
    const cache = new CacheHandler({});
    await cache.set("data-1", { kind: "FETCH", data: {} }, { tags: ["faq"] });
    await sleep(2);
    await cache.revalidateTag("_N_T_/faq", { expire: 0 });
    expect(await cache.get("data-1", { kind: "FETCH", tags: ["faq"], softTags: ["_N_T_/faq"] })).toBeNull();
  });
});
