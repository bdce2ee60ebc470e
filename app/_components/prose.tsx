/** Sanitized HTML from server/content/markdown.ts, styled as readable text. */
export function Prose({ html, className = "" }: { html: string; className?: string }) {
  return (
    <div
      className={`prose-atelier ${className}`}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown output passed through sanitize-html
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
