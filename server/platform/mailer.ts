import nodemailer, { type Transporter } from "nodemailer";
import { serverEnv } from "../env";
import { composeEmail } from "../mail/compose";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What the message is for, e.g. "sign-in"; lets the mailbox and tests find it. */
  kind: string;
}

let cachedTransport: { url: string; transport: Transporter } | undefined;

/** SMTP when SMTP_URL is set; otherwise null: the outbox (read at /dev/mailbox) is the delivery. */
export function smtpTransport(url = serverEnv().SMTP_URL): Transporter | null {
  if (!url) return null;
  if (cachedTransport?.url !== url) {
    cachedTransport = { url, transport: nodemailer.createTransport(url, { connectionTimeout: 10_000 }) };
  }
  return cachedTransport.transport;
}

/**
 * The simple shape most emails have: paragraphs and one action. Rendered by the React Email
 * layout in server/mail/compose.ts (HTML with the studio's branding + a plain-text part).
 */
export async function layoutEmail(opts: {
  to: string;
  subject: string;
  kind: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  heading?: string;
  footnote?: string;
}): Promise<OutgoingEmail> {
  return composeEmail(opts);
}
