import { describe, expect, it } from "vitest";
import { compileHeaderRules, configHeadersFor } from "./config-headers";

const everyPath = "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$";
const rules = compileHeaderRules([
  { regex: everyPath, headers: [{ key: "X-Frame-Options", value: "DENY" }] },
  {
    regex: everyPath,
    has: [{ type: "cookie", key: "__prerender_bypass" }],
    headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }],
  },
  { regex: "^/api/files(?:/(.*))?(?:/)?$", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'" }] },
  {
    regex: everyPath,
    has: [{ type: "header", key: "X-Tenant", value: "studio-\\d+" }],
    missing: [{ type: "query", key: "plain" }],
    headers: [{ key: "X-Tenant-Seen", value: "yes" }],
  },
])!;
const none = new URLSearchParams();

describe("next.config.js headers applied outside Next", () => {
  it("applies every matching rule in order, the later one winning", () => {
    expect(Object.fromEntries(configHeadersFor(rules, "/api/trpc/plans.list", {}, none))).toEqual({
      "x-frame-options": ["X-Frame-Options", "DENY"],
    });
    expect(
      configHeadersFor(rules, "/api/trpc/x", { cookie: "a=1; __prerender_bypass=xyz" }, none).get(
        "x-frame-options",
      )?.[1],
    ).toBe("SAMEORIGIN");
    expect(configHeadersFor(rules, "/api/files/a.png", {}, none).get("content-security-policy")?.[1]).toBe(
      "default-src 'none'",
    );
    expect(configHeadersFor(rules, "/api/trpc/x", {}, none).has("content-security-policy")).toBe(false);
  });

  it("a condition holds as Next's matchHas says: present and not empty, a value matched whole", () => {
    expect(configHeadersFor(rules, "/x", { cookie: "__prerender_bypass=" }, none).get("x-frame-options")?.[1]).toBe(
      "DENY",
    );
    expect(configHeadersFor(rules, "/x", { "x-tenant": "studio-12" }, none).get("x-tenant-seen")?.[1]).toBe("yes");
    expect(configHeadersFor(rules, "/x", { "x-tenant": "studio-12b" }, none).has("x-tenant-seen")).toBe(false);
    expect(
      configHeadersFor(rules, "/x", { "x-tenant": "studio-12" }, new URLSearchParams("plain=1")).has("x-tenant-seen"),
    ).toBe(false);
  });

  it("refuses rules that need Next itself (parameters in a value, an unknown condition)", () => {
    expect(compileHeaderRules([{ regex: everyPath, headers: [{ key: "X-Path", value: "/:path*" }] }])).toBeNull();
    expect(
      compileHeaderRules([
        { regex: everyPath, has: [{ type: "geo" as "host", key: "country" }], headers: [{ key: "X", value: "1" }] },
      ]),
    ).toBeNull();
  });
});
