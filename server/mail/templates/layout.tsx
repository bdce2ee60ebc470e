import {
  Body,
  Button,
  Column,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Row,
  Section,
  Text,
} from "@react-email/components";

/** What every email says; each kind fills it in (see ../compose.ts). */
export interface EmailContent {
  heading?: string;
  /** The line inboxes show beside the subject. */
  preview?: string;
  paragraphs: string[];
  /** Label/value rows, e.g. an invoice's lines and total. */
  rows?: { label: string; value: string; isTotal?: boolean }[];
  action?: { label: string; url: string };
  /** Small print under the action, e.g. where to change email preferences. */
  footnote?: string;
}

const brand = "#4f46e5";

/** The studio's branding around every email: wordmark, one column, one button, a quiet footer. */
export function EmailLayout({ content, studioName }: { content: EmailContent; studioName: string }) {
  return (
    <Html lang="en">
      <Head />
      {content.preview && <Preview>{content.preview}</Preview>}
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "system-ui, -apple-system, Segoe UI, sans-serif" }}>
        <Container style={{ maxWidth: 560, margin: "24px auto", backgroundColor: "#ffffff", borderRadius: 12 }}>
          <Section style={{ backgroundColor: brand, borderRadius: "12px 12px 0 0", padding: "16px 28px" }}>
            <Text style={{ color: "#ffffff", fontSize: 20, fontWeight: 700, margin: 0, letterSpacing: "0.02em" }}>
              {studioName}
            </Text>
          </Section>
          <Section style={{ padding: "8px 28px 24px", color: "#18181b", lineHeight: "1.55" }}>
            {content.heading && <Heading style={{ fontSize: 22, margin: "20px 0 8px" }}>{content.heading}</Heading>}
            {content.paragraphs.map((p) => (
              <Text key={p} style={{ fontSize: 15, margin: "12px 0" }}>
                {p}
              </Text>
            ))}
            {content.rows && content.rows.length > 0 && (
              <Section style={{ margin: "16px 0", borderTop: "1px solid #e4e4e7" }}>
                {content.rows.map((r) => (
                  <Row key={`${r.label}-${r.value}`} style={{ borderBottom: "1px solid #e4e4e7" }}>
                    <Column style={{ padding: "8px 0", fontSize: 14, fontWeight: r.isTotal ? 700 : 400 }}>
                      {r.label}
                    </Column>
                    <Column
                      align="right"
                      style={{
                        padding: "8px 0",
                        fontSize: 14,
                        fontWeight: r.isTotal ? 700 : 400,
                        whiteSpace: "nowrap",
                      }}
                    >
                      {r.value}
                    </Column>
                  </Row>
                ))}
              </Section>
            )}
            {content.action && (
              <>
                <Button
                  href={content.action.url}
                  style={{
                    backgroundColor: brand,
                    color: "#ffffff",
                    borderRadius: 8,
                    padding: "12px 20px",
                    fontWeight: 600,
                    textDecoration: "none",
                    display: "inline-block",
                    marginTop: 8,
                  }}
                >
                  {content.action.label}
                </Button>
                <Text style={{ color: "#52525b", fontSize: 13 }}>
                  Or paste this link into your browser:
                  <br />
                  <Link href={content.action.url} style={{ color: brand, wordBreak: "break-all" }}>
                    {content.action.url}
                  </Link>
                </Text>
              </>
            )}
            {content.footnote && <Text style={{ color: "#52525b", fontSize: 13 }}>{content.footnote}</Text>}
            <Hr style={{ borderColor: "#e4e4e7", margin: "24px 0 12px" }} />
            <Text style={{ color: "#71717a", fontSize: 12, margin: 0 }}>— {studioName}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
