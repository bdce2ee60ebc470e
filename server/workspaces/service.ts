import { DomainError } from "../errors";
import type { MembershipRole } from "../generated/prisma/enums";
import { sendEmail } from "../mail/outbox";
import type { Db } from "../platform/db";
import { layoutEmail } from "../platform/mailer";
import { randomSecret, sha256 } from "../platform/secrets";

export const INVITATION_DAYS = 7;

export function slugify(name: string) {
  return (
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 48) || "workspace"
  );
}

export async function listMyWorkspaces(db: Db, userId: string) {
  const [user, memberships] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { activeWorkspaceId: true } }),
    db.membership.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        role: true,
        workspace: { select: { id: true, name: true, slug: true, onboardingStep: true } },
      },
    }),
  ]);
  const active = memberships.find((m) => m.workspace.id === user?.activeWorkspaceId) ?? memberships[0] ?? null;
  return {
    activeWorkspaceId: active?.workspace.id ?? null,
    workspaces: memberships.map((m) => ({ ...m.workspace, role: m.role })),
  };
}

export async function switchWorkspace(db: Db, userId: string, workspaceId: string) {
  await db.user.update({ where: { id: userId }, data: { activeWorkspaceId: workspaceId } });
}

export function listMembers(db: Db, workspaceId: string) {
  return db.membership.findMany({
    where: { workspaceId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
}

export function listPendingInvitations(db: Db, workspaceId: string) {
  return db.invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}

/** Invites by email; a newer invitation to the same address replaces the pending one. */
export async function inviteMember(
  db: Db,
  input: {
    workspaceId: string;
    email: string;
    role: MembershipRole;
    invitedBy: { id: string; email: string };
    appUrl: string;
  },
) {
  const email = input.email.toLowerCase();
  const existing = await db.membership.findFirst({
    where: { workspaceId: input.workspaceId, user: { email } },
    select: { id: true },
  });
  if (existing) throw new DomainError("CONFLICT", `${email} is already a member of this workspace.`);
  const token = randomSecret();
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { name: true } });
  // People recognise a name sooner than an address: "Olivia Park (olivia@…)", the address alone
  // only when the inviter has not given a name (read fresh: the session may predate a rename).
  const inviter = await db.user.findUnique({ where: { id: input.invitedBy.id }, select: { name: true } });
  const inviterName = inviter?.name?.trim()
    ? `${inviter.name.trim()} (${input.invitedBy.email})`
    : input.invitedBy.email;
  const invitation = await db.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { workspaceId: input.workspaceId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return tx.invitation.create({
      data: {
        workspaceId: input.workspaceId,
        email,
        role: input.role,
        tokenHash: sha256(token),
        invitedById: input.invitedBy.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
  });
  // The invitation is committed before the email is tried; a failed send is retried by the outbox.
  await sendEmail(
    db,
    layoutEmail({
      to: email,
      subject: `You are invited to ${workspace.name} on Atelier`,
      kind: "invitation",
      paragraphs: [
        `${inviterName} invited you to join ${workspace.name} on Atelier as ${input.role === "OWNER" ? "an owner" : "a member"}.`,
        `The invitation is for ${email} and expires in ${INVITATION_DAYS} days.`,
      ],
      action: { label: "Accept the invitation", url: `${input.appUrl}/invite/${token}` },
    }),
  );
  return invitation;
}

export async function revokeInvitation(db: Db, workspaceId: string, invitationId: string) {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "There is no pending invitation with that id in this workspace.");
}

type InvitationState = "valid" | "expired" | "accepted" | "revoked";

function stateOf(inv: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }): InvitationState {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  if (inv.expiresAt <= new Date()) return "expired";
  return "valid";
}

/** What the accept page shows before sign-in; an unknown token is NOT_FOUND. */
export async function previewInvitation(db: Db, token: string) {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: sha256(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { name: true } },
    },
  });
  if (!inv) throw new DomainError("NOT_FOUND", "This invitation link is not valid.");
  return {
    workspaceName: inv.workspace.name,
    email: inv.email,
    role: inv.role,
    state: stateOf(inv),
    expiresAt: inv.expiresAt,
  };
}

const refusal: Record<Exclude<InvitationState, "valid">, string> = {
  accepted: "This invitation has already been used.",
  revoked: "This invitation was withdrawn. Ask the workspace owner for a new one.",
  expired: "This invitation has expired. Ask the workspace owner for a new one.",
};

/** Accepts once, only for the invited address; joins the workspace and makes it active. */
export async function acceptInvitation(db: Db, token: string, user: { id: string; email: string }) {
  const inv = await db.invitation.findUnique({ where: { tokenHash: sha256(token) } });
  if (!inv) throw new DomainError("NOT_FOUND", "This invitation link is not valid.");
  const state = stateOf(inv);
  if (state !== "valid") throw new DomainError("CONFLICT", refusal[state]);
  if (inv.email !== user.email.toLowerCase()) {
    throw new DomainError("FORBIDDEN", `This invitation is for ${inv.email}. Sign in with that address to accept it.`);
  }
  return db.$transaction(async (tx) => {
    // Conditional update: of two simultaneous accepts, only one wins.
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedById: user.id },
    });
    if (count === 0) throw new DomainError("CONFLICT", refusal.accepted);
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: inv.workspaceId, userId: user.id } },
      create: { workspaceId: inv.workspaceId, userId: user.id, role: inv.role },
      update: {},
    });
    await tx.user.update({ where: { id: user.id }, data: { activeWorkspaceId: inv.workspaceId } });
    return { workspaceId: inv.workspaceId, invitationId: inv.id, role: inv.role };
  });
}

async function ownerCount(db: Db, workspaceId: string) {
  return db.membership.count({ where: { workspaceId, role: "OWNER" } });
}

export async function removeMember(db: Db, workspaceId: string, userId: string) {
  const member = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });
  if (!member) throw new DomainError("NOT_FOUND", "That person is not a member of this workspace.");
  if (member.role === "OWNER" && (await ownerCount(db, workspaceId)) === 1) {
    throw new DomainError("CONFLICT", "A workspace needs an owner: make someone else owner first.");
  }
  await db.membership.delete({ where: { id: member.id } });
}

export async function changeRole(db: Db, workspaceId: string, userId: string, role: MembershipRole) {
  const member = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });
  if (!member) throw new DomainError("NOT_FOUND", "That person is not a member of this workspace.");
  if (member.role === "OWNER" && role !== "OWNER" && (await ownerCount(db, workspaceId)) === 1) {
    throw new DomainError("CONFLICT", "A workspace needs an owner: make someone else owner first.");
  }
  await db.membership.update({ where: { id: member.id }, data: { role } });
}

/** Staff create a client workspace for an owner (an account is made for a new address). */
export async function createWorkspace(db: Db, input: { name: string; ownerEmail: string }) {
  const email = input.ownerEmail.toLowerCase();
  let slug = slugify(input.name);
  if (await db.workspace.findUnique({ where: { slug }, select: { id: true } }))
    slug = `${slug}-${randomSecret(4)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")}`;
  return db.$transaction(async (tx) => {
    const owner = await tx.user.upsert({ where: { email }, create: { email }, update: {} });
    const workspace = await tx.workspace.create({ data: { name: input.name, slug } });
    await tx.membership.create({ data: { workspaceId: workspace.id, userId: owner.id, role: "OWNER" } });
    return { id: workspace.id, name: workspace.name, slug: workspace.slug, ownerId: owner.id };
  });
}
