import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { promoteToAdmin } from "../admin/service";
import { recordAudit } from "../audit/service";
import { type ServerEnv, serverEnv } from "../env";
import { sendEmail } from "../mail/outbox";
import { db } from "../platform/db";
import { logger } from "../platform/logger";
import { layoutEmail } from "../platform/mailer";
import { safeRedirectPath } from "../platform/redirects";
import { type SessionUser, toSessionUser } from "./session";
import { sessionCache } from "./session-cache";

/** NextAuth's Prisma adapter, telling the session cache (session-cache.ts) what it ends or changes. */
export function adapterWithSessionCache(base: Adapter): Adapter {
  return {
    ...base,
    async deleteSession(sessionToken) {
      await base.deleteSession?.(sessionToken);
      sessionCache().forgetToken(sessionToken);
    },
    async updateUser(user) {
      const updated = await base.updateUser!(user);
      sessionCache().forgetUser(user.id);
      return updated;
    },
    async deleteUser(userId) {
      await base.deleteUser?.(userId);
      sessionCache().forgetUser(userId);
    },
  };
}

export const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60; // 1 hour

export function signInEmail(to: string, url: string) {
  return layoutEmail({
    to,
    subject: "Your sign-in link for Atelier",
    kind: "sign-in",
    paragraphs: [
      "Hello! Use the link below to sign in to Atelier. It works once and expires in one hour.",
      "If you did not ask for this, you can ignore this email.",
    ],
    action: { label: "Sign in to Atelier", url },
  });
}

/** Which OAuth providers are configured: their buttons appear only then. */
export function oauthProviders(
  env: Pick<ServerEnv, "GITHUB_ID" | "GITHUB_SECRET" | "GOOGLE_CLIENT_ID" | "GOOGLE_CLIENT_SECRET"> = serverEnv(),
) {
  return [
    ...(env.GITHUB_ID && env.GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
    ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET ? [{ id: "google", name: "Google" }] : []),
  ];
}

/**
 * With ALLOWED_EMAIL_DOMAINS set, only those domains, ADMIN_EMAILS and invited or existing
 * accounts may sign in; without it everyone may (clients sign up by subscribing).
 */
export async function isEmailAllowed(
  email: string,
  env: Pick<ServerEnv, "ALLOWED_EMAIL_DOMAINS" | "ADMIN_EMAILS"> = serverEnv(),
) {
  const normalized = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalized)) return false;
  if (env.ALLOWED_EMAIL_DOMAINS.length === 0 || env.ADMIN_EMAILS.includes(normalized)) return true;
  if (env.ALLOWED_EMAIL_DOMAINS.includes(normalized.split("@")[1] ?? "")) return true;
  const known = await db().user.findUnique({ where: { email: normalized }, select: { id: true } });
  if (known) return true;
  const invited = await db().invitation.findFirst({
    where: { email: normalized, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return Boolean(invited);
}

let options: NextAuthOptions | undefined;

/** NextAuth (v4) with database sessions, so sessions can be listed and revoked. */
export function authOptions(): NextAuthOptions {
  if (options) return options;
  const env = serverEnv();
  options = {
    secret: env.AUTH_SECRET,
    // The generated client lives outside @prisma/client; the adapter only calls its model methods.
    adapter: adapterWithSessionCache(PrismaAdapter(db() as never) as Adapter),
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/signin", signOut: "/signout", verifyRequest: "/signin/check-email", error: "/signin/error" },
    providers: [
      EmailProvider({
        from: env.EMAIL_FROM,
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        async sendVerificationRequest({ identifier, url }) {
          await sendEmail(db(), signInEmail(identifier, url));
        },
      }),
      ...(env.GITHUB_ID && env.GITHUB_SECRET
        ? [GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET })]
        : []),
      ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
        ? [GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET })]
        : []),
    ],
    callbacks: {
      // NextAuth's own check lets "/\t/evil.example" through as a path; ours is the one for every redirect.
      redirect({ url, baseUrl }) {
        const sameOrigin = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeRedirectPath(sameOrigin, "/account")}`;
      },
      async signIn({ user }) {
        const address = user.email;
        if (!address || !(await isEmailAllowed(address))) return "/signin/error?error=AccessDenied";
        return true;
      },
      // Shape the session explicitly: /api/auth/session must never echo the whole user row.
      session({ session, user }) {
        return { expires: session.expires, user: toSessionUser(user as Parameters<typeof toSessionUser>[0]) };
      },
    },
    events: {
      async signIn({ user, account }) {
        if (!user.email) return;
        if (env.ADMIN_EMAILS.includes(user.email.toLowerCase())) {
          const { user: admin, changed } = await promoteToAdmin(db(), user.email);
          if (changed) {
            await recordAudit(db(), {
              action: "staff.role_changed",
              target: { type: "user", id: admin.id },
              metadata: { to: "ADMIN", source: "ADMIN_EMAILS" },
            });
          }
        }
        await recordAudit(db(), {
          actor: { id: user.id, email: user.email },
          action: "auth.signed_in",
          target: { type: "user", id: user.id },
          metadata: { provider: account?.provider ?? "email" },
        });
      },
      async signOut({ session }) {
        const userId = (session as { userId?: string } | undefined)?.userId;
        if (userId)
          await recordAudit(db(), { action: "auth.signed_out", target: { type: "user", id: userId }, actor: null });
      },
    },
    logger: {
      error: (code, metadata) => logger.error({ code, metadata }, "next-auth"),
      warn: (code) => logger.warn({ code }, "next-auth"),
      debug: () => {},
    },
  };
  return options;
}

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
}
