import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { serverEnv } from "../env";
import { db } from "../platform/db";
import { layoutEmail, sendEmail } from "../platform/mailer";
import { type SessionUser, toSessionUser } from "./session";

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

let options: NextAuthOptions | undefined;

/** NextAuth (v4) with database sessions, so sessions can be listed and revoked. */
export function authOptions(): NextAuthOptions {
  if (options) return options;
  const env = serverEnv();
  options = {
    secret: env.AUTH_SECRET,
    // The generated client lives outside @prisma/client; the adapter only calls its model methods.
    adapter: PrismaAdapter(db() as never) as Adapter,
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    providers: [
      EmailProvider({
        from: env.EMAIL_FROM,
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        async sendVerificationRequest({ identifier, url }) {
          await sendEmail(db(), signInEmail(identifier, url));
        },
      }),
    ],
    callbacks: {
      // Shape the session explicitly: /api/auth/session must never echo the whole user row.
      session({ session, user }) {
        return { expires: session.expires, user: toSessionUser(user as Parameters<typeof toSessionUser>[0]) };
      },
    },
    logger: {
      error: (code, metadata) => console.error(JSON.stringify({ level: "error", msg: "next-auth", code, metadata })),
      warn: () => {},
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
