import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirects";

describe("safeRedirectPath", () => {
  it.each([
    ["/portal", "/portal"],
    ["/portal/requests?status=open#top", "/portal/requests?status=open#top"],
    ["/subscribe?plan=studio&interval=YEAR", "/subscribe?plan=studio&interval=YEAR"],
    ["/glossary/caf\u00e9", "/glossary/caf%C3%A9"],
    ["/a/../account", "/account"],
  ])("keeps the same-origin path %j", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it.each([
    ["tab between slashes", "/\t/evil.example/"],
    ["newline", "/\n/evil.example"],
    ["carriage return (header injection)", "/portal\r\nSet-Cookie: x=1"],
    ["NUL", "/portal\u0000"],
    ["protocol-relative", "//evil.example/"],
    ["backslash", "/\\evil.example"],
    ["backslash later on", "/a\\..\\..\\evil"],
    ["encoded slashes", "/%2F%2Fevil.example"],
    ["encoded slash then slash", "/%2F/evil.example"],
    ["encoded backslash", "/%5Cevil.example"],
    ["double-encoded slashes", "/%252F%252Fevil.example"],
    ["encoded tab", "/%09/evil.example"],
    ["malformed escape", "/%E0%A4%A"],
    ["absolute URL", "https://evil.example/"],
    ["javascript: scheme", "javascript:alert(1)"],
    ["data: scheme", "data:text/html,<script>alert(1)</script>"],
    ["scheme-relative with spaces", " //evil.example"],
    ["relative path", "portal"],
    ["empty", ""],
    ["C1 control", "/\u0085/evil.example"],
    ["too long", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_name, input) => {
    expect(safeRedirectPath(input)).toBe("/account");
  });

  it("refuses what is not a string, and uses the fallback given", () => {
    expect(safeRedirectPath(undefined)).toBe("/account");
    expect(safeRedirectPath(["/portal"], "/portal")).toBe("/portal");
    expect(safeRedirectPath("//evil.example", "/")).toBe("/");
  });
});
