import nodemailer, { type Transporter } from "nodemailer";
import { serverEnv } from "../env";

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

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** One layout for every email: a plain-text body and the same words as simple HTML. */
export function layoutEmail(opts: {
  to: string;
  subject: string;
  kind: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}): OutgoingEmail {
  const text = [
    ...opts.paragraphs,
    ...(opts.action ? [`${opts.action.label}: ${opts.action.url}`] : []),
    "— Atelier",
  ].join("\n\n");
  const button = opts.action
    ? `<p><a href="${escapeHtml(opts.action.url)}" style="display:inline-block;padding:12px 20px;background:#4f46e5;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(opts.action.label)}</a></p><p style="color:#555;font-size:13px">Or paste this link into your browser:<br>${escapeHtml(opts.action.url)}</p>`
    : "";
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:560px;margin:auto;padding:24px">${opts.paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}${button}<p style="color:#555">— Atelier</p></body></html>`;
  return { to: opts.to, subject: opts.subject, kind: opts.kind, text, html };
}
