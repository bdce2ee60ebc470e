import { DomainError } from "../errors";
import { sendEmail } from "../mail/outbox";
import type { Db } from "../platform/db";
import { layoutEmail } from "../platform/mailer";
import { randomSecret, sha256 } from "../platform/secrets";
import { sessionCache } from "./session-cache";

export const EMAIL_CHANGE_HOURS = 24;

export async function updateProfile(db: Db, userId: string, input: { name: string }) {
  const user = await db.user.update({
    where: { id: userId },
    data: { name: input.name },
    select: { id: true, name: true },
  });
  sessionCache().forgetUser(userId);
  return user;
}

/** Sessions of a user, newest first; `isCurrent` marks the one making the call. */
export async function listSessions(db: Db, userId: string, currentToken: string | null) {
  const sessions = await db.session.findMany({
    where: { userId, expires: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expires: true, sessionToken: true },
  });
  return sessions.map(({ sessionToken, ...s }) => ({ ...s, isCurrent: sessionToken === currentToken }));
}

export async function revokeSession(db: Db, userId: string, sessionId: string) {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  if (count === 0) throw new DomainError("NOT_FOUND", "No such session.");
  sessionCache().forgetUser(userId);
}

export async function revokeOtherSessions(db: Db, userId: string, currentToken: string | null) {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(currentToken && { sessionToken: { not: currentToken } }) },
  });
  sessionCache().forgetUser(userId);
  return count;
}

/** Sends a confirmation link to the new address; the email only changes when it is opened. */
export async function requestEmailChange(
  db: Db,
  user: { id: string; email: string },
  newEmail: string,
  appUrl: string,
) {
  const email = newEmail.toLowerCase();
  if (email === user.email.toLowerCase()) throw new DomainError("BAD_REQUEST", "That is already your email address.");
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new DomainError("CONFLICT", "Another account already uses that email address.");
  }
  const token = randomSecret();
  await db.emailChange.create({
    data: {
      userId: user.id,
      newEmail: email,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + EMAIL_CHANGE_HOURS * 3_600_000),
    },
  });
  await sendEmail(
    db,
    layoutEmail({
      to: email,
      subject: "Confirm your new email address for Atelier",
      kind: "email-change",
      paragraphs: [
        `Someone signed in as ${user.email} asked to use this address for their Atelier account.`,
        `Open the link within ${EMAIL_CHANGE_HOURS} hours to confirm. If it was not you, ignore this email.`,
      ],
      action: { label: "Confirm new email", url: `${appUrl}/account/email?token=${token}` },
    }),
  );
  return { email };
}

export async function confirmEmailChange(db: Db, userId: string, token: string) {
  const change = await db.emailChange.findUnique({ where: { tokenHash: sha256(token) } });
  if (!change || change.userId !== userId)
    throw new DomainError("NOT_FOUND", "This confirmation link is not valid for your account.");
  if (change.usedAt) throw new DomainError("CONFLICT", "This confirmation link has already been used.");
  if (change.expiresAt <= new Date())
    throw new DomainError("CONFLICT", "This confirmation link has expired. Ask for a new one.");
  if (await db.user.findUnique({ where: { email: change.newEmail }, select: { id: true } })) {
    throw new DomainError("CONFLICT", "Another account already uses that email address.");
  }
  await db.$transaction([
    db.emailChange.update({ where: { id: change.id }, data: { usedAt: new Date() } }),
    db.user.update({ where: { id: userId }, data: { email: change.newEmail, emailVerified: new Date() } }),
  ]);
  sessionCache().forgetUser(userId);
  return { email: change.newEmail };
}

/** Deletes the account, unless the user is the last owner of a workspace that would be orphaned. */
export async function deleteAccount(db: Db, userId: string) {
  const owned = await db.membership.findMany({
    where: { userId, role: "OWNER" },
    select: {
      workspace: { select: { id: true, name: true, memberships: { where: { role: "OWNER" }, select: { id: true } } } },
    },
  });
  const soleOwner = owned.filter((m) => m.workspace.memberships.length === 1).map((m) => m.workspace.name);
  if (soleOwner.length) {
    throw new DomainError(
      "CONFLICT",
      `You are the last owner of ${soleOwner.join(", ")}. Make someone else owner first, then delete your account.`,
    );
  }
  await db.user.delete({ where: { id: userId } });
  sessionCache().forgetUser(userId);
}
