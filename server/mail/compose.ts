import { render } from "@react-email/render";
import { createElement } from "react";
import type { OutgoingEmail } from "../platform/mailer";
import { type EmailContent, EmailLayout } from "./templates/layout";

export type { EmailContent } from "./templates/layout";

const STUDIO_NAME = "Atelier";

/** The plain-text part, written from the same content as the HTML (not scraped from it). */
export function plainText(content: EmailContent, studioName = STUDIO_NAME) {
  const width = Math.max(0, ...(content.rows ?? []).map((r) => r.label.length));
  return [
    ...(content.heading ? [content.heading] : []),
    ...content.paragraphs,
    ...(content.rows?.length ? [content.rows.map((r) => `${r.label.padEnd(width)}  ${r.value}`).join("\n")] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    ...(content.footnote ? [content.footnote] : []),
    `— ${studioName}`,
  ].join("\n\n");
}

/**
 * Every email Atelier sends goes through here: one React Email layout (HTML with the studio's
 * branding) and a plain-text part from the same words. A kind of email is a small function that
 * returns `{ to, kind, subject, ...content }`.
 */
export async function composeEmail(
  email: EmailContent & { to: string; subject: string; kind: string },
): Promise<OutgoingEmail> {
  const { to, subject, kind, ...content } = email;
  const html = await render(createElement(EmailLayout, { content, studioName: STUDIO_NAME }));
  return { to, subject, kind, html, text: plainText(content) };
}
