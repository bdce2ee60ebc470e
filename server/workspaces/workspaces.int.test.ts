import { afterAll, beforeAll, expect, it } from "vitest";
import { type SessionUser, toSessionUser } from "../accounts/session";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { callerFor } from "../testing/trpc";

describeDb("workspaces, invitations and the audit trail", () => {
  let database: TestDatabase;
  let owner: SessionUser;
  let outsider: SessionUser;
  let wsA = "";
  let wsB = "";

  const lastInvitationLink = async (to: string) => {
    const mail = await database.prisma.emailMessage.findFirstOrThrow({
      where: { to, kind: "invitation" },
      orderBy: { createdAt: "desc" },
    });
    return /\/invite\/([\w-]+)/.exec(mail.text)?.[1] as string;
  };
  const signedUp = async (email: string) => toSessionUser(await database.prisma.user.create({ data: { email } }));

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.prisma;
    owner = await signedUp("owner@a.example");
    outsider = await signedUp("owner@b.example");
    wsA = (await db.workspace.create({ data: { name: "Alpha", slug: "alpha" } })).id;
    wsB = (await db.workspace.create({ data: { name: "Beta", slug: "beta" } })).id;
    await db.membership.create({ data: { workspaceId: wsA, userId: owner.id, role: "OWNER" } });
    await db.membership.create({ data: { workspaceId: wsB, userId: outsider.id, role: "OWNER" } });
  });
  afterAll(() => database?.close());

  it("invites by email; only the invited address can accept, once", async () => {
    const asOwner = await callerFor(database.prisma, owner);
    await asOwner.workspace.invite({ workspaceId: wsA, email: "New.Person@Example.com" });
    const token = await lastInvitationLink("new.person@example.com");
    expect(token.length).toBeGreaterThan(40);
    // The email names the inviter by name once they have one, not only by address.
    const unnamed = await database.prisma.emailMessage.findFirstOrThrow({
      where: { to: "new.person@example.com", kind: "invitation" },
      orderBy: { createdAt: "desc" },
    });
    expect(unnamed.text).toContain("owner@a.example invited you to join Alpha");
    await database.prisma.user.update({ where: { id: owner.id }, data: { name: "Olivia Park" } });
    await asOwner.workspace.invite({ workspaceId: wsA, email: "named.inviter@example.com" });
    const named = await database.prisma.emailMessage.findFirstOrThrow({
      where: { to: "named.inviter@example.com", kind: "invitation" },
    });
    expect(named.text).toContain("Olivia Park (owner@a.example) invited you to join Alpha");
    // Only the hash is stored.
    expect(await database.prisma.invitation.count({ where: { tokenHash: token } })).toBe(0);

    const preview = await (await callerFor(database.prisma)).workspace.invitationPreview({ token });
    expect(preview).toMatchObject({ workspaceName: "Alpha", email: "new.person@example.com", state: "valid" });

    const stranger = await signedUp("stranger@example.com");
    await expect((await callerFor(database.prisma, stranger)).workspace.acceptInvitation({ token })).rejects.toThrow(
      "This invitation is for new.person@example.com",
    );

    const invited = await signedUp("new.person@example.com");
    const asInvited = await callerFor(database.prisma, invited);
    await expect(asInvited.workspace.acceptInvitation({ token })).resolves.toEqual({ workspaceId: wsA });
    const mine = await asInvited.workspace.mine();
    expect(mine.activeWorkspaceId).toBe(wsA);
    expect(mine.workspaces).toEqual([expect.objectContaining({ id: wsA, role: "MEMBER" })]);
    await expect(asInvited.workspace.acceptInvitation({ token })).rejects.toThrow("already been used");

    // A member cannot manage people, and cannot remove the owner.
    await expect(asInvited.workspace.removeMember({ workspaceId: wsA, userId: owner.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(asInvited.workspace.invite({ workspaceId: wsA, email: "x@example.com" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses expired and withdrawn invitations with a clear reason", async () => {
    const asOwner = await callerFor(database.prisma, owner);
    const inv = await asOwner.workspace.invite({ workspaceId: wsA, email: "late@example.com" });
    const token = await lastInvitationLink("late@example.com");
    await database.prisma.invitation.update({
      where: { id: inv.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const late = await callerFor(database.prisma, await signedUp("late@example.com"));
    await expect(late.workspace.acceptInvitation({ token })).rejects.toThrow("has expired");

    const inv2 = await asOwner.workspace.invite({ workspaceId: wsA, email: "gone@example.com" });
    const token2 = await lastInvitationLink("gone@example.com");
    await asOwner.workspace.revokeInvitation({ workspaceId: wsA, invitationId: inv2.id });
    const gone = await callerFor(database.prisma, await signedUp("gone@example.com"));
    await expect(gone.workspace.acceptInvitation({ token: token2 })).rejects.toThrow("withdrawn");
    expect(
      await database.prisma.membership.count({
        where: { workspaceId: wsA, user: { email: { in: ["late@example.com", "gone@example.com"] } } },
      }),
    ).toBe(0);
  });

  it("keeps an owner in every workspace", async () => {
    const asOwner = await callerFor(database.prisma, owner);
    await expect(asOwner.workspace.leave({ workspaceId: wsA })).rejects.toThrow("needs an owner");
    await expect(asOwner.workspace.changeRole({ workspaceId: wsA, userId: owner.id, role: "MEMBER" })).rejects.toThrow(
      "needs an owner",
    );
    await expect(asOwner.account.delete({ confirm: "DELETE" })).rejects.toThrow("last owner of Alpha");
    expect(await database.prisma.user.count({ where: { id: owner.id } })).toBe(1);
  });

  it("never lets a client of B read or change anything of A by guessing ids", async () => {
    const asB = await callerFor(database.prisma, outsider);
    const members = await database.prisma.membership.findMany({
      where: { workspaceId: wsA },
      select: { userId: true },
    });
    const victim = members[0]?.userId as string;
    const before = await database.prisma.membership.count({ where: { workspaceId: wsA } });
    await expect(asB.workspace.members({ workspaceId: wsA })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(asB.workspace.removeMember({ workspaceId: wsA, userId: victim })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Using their own workspace id with A's member changes nothing either.
    await expect(asB.workspace.removeMember({ workspaceId: wsB, userId: victim })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const pending = await database.prisma.invitation.findFirstOrThrow({ where: { workspaceId: wsA } });
    await expect(asB.workspace.revokeInvitation({ workspaceId: wsB, invitationId: pending.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(asB.workspace.switch({ workspaceId: wsA })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await database.prisma.membership.count({ where: { workspaceId: wsA } })).toBe(before);
  });

  it("writes every change above to the audit log", async () => {
    const actions = (await database.prisma.auditLog.findMany({ select: { action: true } })).map((a) => a.action);
    for (const action of [
      "workspace.invitation_sent",
      "workspace.invitation_accepted",
      "workspace.invitation_revoked",
    ]) {
      expect(actions).toContain(action);
    }
    const admin = toSessionUser(
      await database.prisma.user.create({ data: { email: "boss@example.com", staffRole: "ADMIN" } }),
    );
    const asAdmin = await callerFor(database.prisma, admin);
    await asAdmin.admin.setStaffRole({ userId: owner.id, role: "DESIGNER" });
    const page = await asAdmin.admin.audit({ action: "staff.", limit: 10 });
    expect(page.entries[0]).toMatchObject({
      action: "staff.role_changed",
      actorEmail: "boss@example.com",
      targetId: owner.id,
    });
    const byActor = await asAdmin.admin.audit({ actor: "owner@a.example", limit: 50 });
    expect(byActor.entries.every((e) => e.actorEmail === "owner@a.example")).toBe(true);
    const future = await asAdmin.admin.audit({ from: new Date(Date.now() + 86_400_000), limit: 10 });
    expect(future.entries).toEqual([]);
    // The last admin cannot be demoted.
    await expect(asAdmin.admin.setStaffRole({ userId: admin.id, role: null })).rejects.toThrow("last admin");
  });
});
