import { afterAll, beforeAll, expect, it } from "vitest";
import { promoteToAdmin } from "../admin/service";
import { appRouter } from "../router";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { sessionFor } from "../testing/trpc";
import { createContext } from "../trpc";
import { oauthProviders } from "./auth";
import { type SessionUser, sessionTokenFrom, toSessionUser } from "./session";

describeDb("account settings", () => {
  let database: TestDatabase;
  let user: SessionUser;

  /** A caller whose request carries the given session cookie, as the browser's would. */
  const callerWithCookie = async (u: SessionUser, sessionToken: string) =>
    appRouter.createCaller(
      await createContext({
        headers: new Headers({ cookie: `theme=dark; next-auth.session-token=${sessionToken}` }),
        db: database.prisma,
        getSession: async () => sessionFor(u),
      }),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    user = toSessionUser(await database.prisma.user.create({ data: { email: "me@example.com", name: "Me" } }));
    const expires = new Date(Date.now() + 86_400_000);
    await database.prisma.session.createMany({
      data: ["this-browser", "laptop", "phone"].map((sessionToken) => ({ sessionToken, userId: user.id, expires })),
    });
  });
  afterAll(() => database?.close());

  it("lists sessions, marks this one, and signs out of all the others", async () => {
    const caller = await callerWithCookie(user, "this-browser");
    const sessions = await caller.account.sessions();
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.isCurrent)).toHaveLength(1);
    expect(sessions[0]).not.toHaveProperty("sessionToken");
    expect(await caller.account.revokeOtherSessions()).toEqual({ revoked: 2 });
    expect((await database.prisma.session.findMany({ where: { userId: user.id } })).map((s) => s.sessionToken)).toEqual(
      ["this-browser"],
    );
  });

  it("changes the email only through the link sent to the new address", async () => {
    const caller = await callerWithCookie(user, "this-browser");
    await expect(caller.account.requestEmailChange({ email: "me@example.com" })).rejects.toThrow("already your email");
    await database.prisma.user.create({ data: { email: "taken@example.com" } });
    await expect(caller.account.requestEmailChange({ email: "taken@example.com" })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    await caller.account.requestEmailChange({ email: "New@Example.com" });
    const mail = await database.prisma.emailMessage.findFirstOrThrow({
      where: { to: "new@example.com", kind: "email-change" },
    });
    const token = /token=([\w-]+)/.exec(mail.text)?.[1] as string;
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("me@example.com");

    const stranger = toSessionUser(await database.prisma.user.create({ data: { email: "stranger@example.com" } }));
    await expect((await callerWithCookie(stranger, "x")).account.confirmEmailChange({ token })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await expect(caller.account.confirmEmailChange({ token })).resolves.toEqual({ email: "new@example.com" });
    await expect(caller.account.confirmEmailChange({ token })).rejects.toThrow("already been used");
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("new@example.com");
  });

  it("deletes an account that owns no orphaned workspace", async () => {
    const leaving = toSessionUser(await database.prisma.user.create({ data: { email: "leaving@example.com" } }));
    const caller = await callerWithCookie(leaving, "y");
    await expect(caller.account.delete({ confirm: "delete" as "DELETE" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await caller.account.delete({ confirm: "DELETE" });
    expect(await database.prisma.user.count({ where: { email: "leaving@example.com" } })).toBe(0);
    expect(await database.prisma.auditLog.count({ where: { action: "account.deleted", targetId: leaving.id } })).toBe(
      1,
    );
  });

  it("promotes ADMIN_EMAILS and admin:create addresses once", async () => {
    const first = await promoteToAdmin(database.prisma, " Boss@Example.com ");
    expect(first).toMatchObject({ changed: true, user: { email: "boss@example.com", staffRole: "ADMIN" } });
    expect((await promoteToAdmin(database.prisma, "boss@example.com")).changed).toBe(false);
    await database.prisma.user.create({ data: { email: "later@example.com" } });
    expect((await promoteToAdmin(database.prisma, "later@example.com")).changed).toBe(true);
    expect((await promoteToAdmin(database.prisma, "later@example.com")).changed).toBe(false);
  });
});

it("reads the session cookie from a Cookie header", () => {
  expect(sessionTokenFrom(new Headers({ cookie: "a=1; __Secure-next-auth.session-token=abc%3D" }))).toBe("abc=");
  expect(sessionTokenFrom(new Headers())).toBeNull();
});

it("shows OAuth buttons only for configured providers", () => {
  expect(
    oauthProviders({
      GITHUB_ID: undefined,
      GITHUB_SECRET: undefined,
      GOOGLE_CLIENT_ID: undefined,
      GOOGLE_CLIENT_SECRET: undefined,
    }),
  ).toEqual([]);
  expect(
    oauthProviders({ GITHUB_ID: "id", GITHUB_SECRET: "s", GOOGLE_CLIENT_ID: "g", GOOGLE_CLIENT_SECRET: undefined }),
  ).toEqual([{ id: "github", name: "GitHub" }]);
});
