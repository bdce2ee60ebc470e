import { randomBytes } from "node:crypto";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setStaffRole } from "../admin/service";
import { appRouter } from "../router";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { createPeople, type People } from "../testing/people";
import { createContext } from "../trpc";
import { removeMember } from "../workspaces/service";
import { adapterWithSessionCache } from "./auth";
import { revokeOtherSessions, revokeSession } from "./service";
import { readSession, SESSION_CACHE_TTL_MS, SessionCache, sessionCache } from "./session-cache";

describeDb("session cache: a tRPC call's session without a database round trip, revocation still prompt", () => {
  let database: TestDatabase;
  let people: People;
  let reads = 0;

  const signIn = async (userId: string) => {
    const sessionToken = randomBytes(16).toString("hex");
    const row = await database.prisma.session.create({
      data: { sessionToken, userId, expires: new Date(Date.now() + 86_400_000) },
    });
    return { token: sessionToken, id: row.id };
  };
  /** What every tRPC call, page and route handler does (current-session.ts), counting database reads. */
  const lookUp = (token: string) =>
    sessionCache().get(token, () => {
      reads++;
      return readSession(database.prisma, token);
    });
  const callerWith = async (token: string) =>
    appRouter.createCaller(
      await createContext({ headers: new Headers(), db: database.prisma, getSession: () => lookUp(token) }),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    people = await createPeople(database.prisma);
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    sessionCache().clear();
    reads = 0;
    await people.restore();
  });

  it("reads a session once, then answers from memory with the same shape NextAuth gave", async () => {
    const { token } = await signIn(people.users.ownerA.id);
    const first = await lookUp(token);
    const second = await lookUp(token);
    expect(first).toEqual({ user: people.users.ownerA, expires: expect.any(String) });
    expect(second).toEqual(first);
    expect(reads).toBe(1);
    expect(first).not.toHaveProperty("user.emailVerified");
  });

  it("never caches a cookie that names no session, so a new sign-in counts at once", async () => {
    expect(await lookUp("no-such-token")).toBeNull();
    expect(await lookUp("no-such-token")).toBeNull();
    expect(reads).toBe(2);
  });

  it("refuses an expired session", async () => {
    const sessionToken = randomBytes(16).toString("hex");
    await database.prisma.session.create({
      data: { sessionToken, userId: people.users.ownerA.id, expires: new Date(Date.now() - 1000) },
    });
    expect(await lookUp(sessionToken)).toBeNull();
  });

  it("signing out (NextAuth's adapter) ends the session at once", async () => {
    const { token } = await signIn(people.users.ownerA.id);
    expect(await lookUp(token)).not.toBeNull();
    const adapter = adapterWithSessionCache(PrismaAdapter(database.prisma as never) as Adapter);
    await adapter.deleteSession?.(token);
    expect(await lookUp(token)).toBeNull();
  });

  it("a session revoked from the account page, or all the others, stops working on the next call", async () => {
    const here = await signIn(people.users.memberA.id);
    const laptop = await signIn(people.users.memberA.id);
    const phone = await signIn(people.users.memberA.id);
    for (const s of [here, laptop, phone]) expect(await lookUp(s.token)).not.toBeNull();
    await revokeSession(database.prisma, people.users.memberA.id, laptop.id);
    expect(await lookUp(laptop.token)).toBeNull();
    expect(await lookUp(phone.token)).not.toBeNull();
    await revokeOtherSessions(database.prisma, people.users.memberA.id, here.token);
    expect(await lookUp(phone.token)).toBeNull();
    expect(await lookUp(here.token)).not.toBeNull();
  });

  it("a role change applies to the next call: a demoted designer loses the board at once", async () => {
    const { token } = await signIn(people.users.designer.id);
    expect((await lookUp(token))?.user.staffRole).toBe("DESIGNER");
    await expect((await callerWith(token)).requests.board({})).resolves.toBeDefined();
    await setStaffRole(database.prisma, people.users.designer.id, null);
    expect((await lookUp(token))?.user.staffRole).toBeNull();
    await expect((await callerWith(token)).requests.board({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a removed membership applies to the next call (memberships are never cached)", async () => {
    const { token } = await signIn(people.users.memberA.id);
    const workspaceId = people.workspaceA.id;
    await expect((await callerWith(token)).workspace.members({ workspaceId })).resolves.toBeDefined();
    await removeMember(database.prisma, workspaceId, people.users.memberA.id);
    expect(reads).toBe(1); // the session itself stayed cached
    await expect((await callerWith(token)).workspace.members({ workspaceId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("what nobody announced (a row deleted by hand) is kept at most the TTL", async () => {
    let now = Date.now();
    const cache = new SessionCache({ now: () => now });
    const { token } = await signIn(people.users.ownerB.id);
    const load = () => readSession(database.prisma, token);
    expect(await cache.get(token, load)).not.toBeNull();
    await database.prisma.session.deleteMany({ where: { sessionToken: token } });
    now += SESSION_CACHE_TTL_MS - 1;
    expect(await cache.get(token, load)).not.toBeNull();
    now += 2;
    expect(await cache.get(token, load)).toBeNull();
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
describe.skipIf(!redisUrl)("session cache across instances (Redis)", () => {
  it("a revocation on one instance reaches the other's cache within moments, not the TTL", async () => {
    const channelUser = `user-${randomBytes(4).toString("hex")}`;
    const a = new SessionCache({ redisUrl });
    const b = new SessionCache({ redisUrl });
    try {
      await Promise.all([a.ready(), b.ready()]);
      const session = {
        user: { id: channelUser, email: "x@example.com", name: null, staffRole: null },
        expires: new Date(Date.now() + 3_600_000).toISOString(),
      };
      let loadsOnB = 0;
      const loadOnB = async () => {
        loadsOnB++;
        return loadsOnB === 1 ? session : null; // the database's answer after the revocation
      };
      expect(await b.get("token-1", loadOnB)).toEqual(session);
      expect(await b.get("token-1", loadOnB)).toEqual(session);
      expect(loadsOnB).toBe(1);
      const revokedAt = Date.now();
      a.forgetUser(channelUser);
      while ((await b.get("token-1", loadOnB)) !== null) {
        if (Date.now() - revokedAt > 2000) throw new Error("instance B still trusts the revoked session after 2 s");
        await new Promise((r) => setTimeout(r, 10));
      }

      // Sign-out names one session by its hash, never the token itself.
      expect(await b.get("token-2", async () => session)).toEqual(session);
      const signedOutAt = Date.now();
      a.forgetToken("token-2");
      while ((await b.get("token-2", async () => null)) !== null) {
        if (Date.now() - signedOutAt > 2000) throw new Error("instance B still trusts a signed-out session after 2 s");
        await new Promise((r) => setTimeout(r, 10));
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
