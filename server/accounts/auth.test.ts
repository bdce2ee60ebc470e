import { describe, expect, it } from "vitest";
import { authOptions, signInEmail } from "./auth";
import { toSessionUser } from "./session";

describe("sessions and sign-in email", () => {
  it("a session exposes only the shaped user, never the whole row", () => {
    const row = {
      id: "u1",
      email: "a@example.com",
      name: "A",
      staffRole: null,
      emailVerified: new Date(),
      image: "x",
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    expect(Object.keys(toSessionUser(row)).sort()).toEqual(["email", "id", "name", "staffRole"]);
  });

  it("the sign-in email carries the link in both the text and the HTML body", async () => {
    const url = "http://localhost:3000/api/auth/callback/email?token=abc&email=a%40example.com";
    const email = await signInEmail("a@example.com", url);
    expect(email.kind).toBe("sign-in");
    expect(email.text).toContain(url);
    expect(email.html).toContain(url.replace("&", "&amp;"));
    expect(email.text).toMatch(/expires in one hour/);
  });
});

describe("where NextAuth sends people after signing in", () => {
  const baseUrl = "http://127.0.0.1:3100";
  const redirect = (url: string) => authOptions().callbacks?.redirect?.({ url, baseUrl }) as string;

  it.each([
    ["/portal/requests", `${baseUrl}/portal/requests`],
    [`${baseUrl}/portal`, `${baseUrl}/portal`],
    ["/\t/evil.example/", `${baseUrl}/account`],
    ["https://evil.example/", `${baseUrl}/account`],
    [`${baseUrl}.evil.example/`, `${baseUrl}/account`],
    ["//evil.example", `${baseUrl}/account`],
  ])("%j goes to %j", (url, expected) => {
    expect(redirect(url)).toBe(expected);
  });
});
