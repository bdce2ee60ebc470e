import { describe, expect, it } from "vitest";
import { markdownToText, readingMinutes, renderMarkdown } from "./markdown";

describe("markdown rendering", () => {
  it("renders paragraphs, lists and emphasis", () => {
    expect(renderMarkdown("Hello **world**\n\n- one\n- two")).toBe(
      "<p>Hello <strong>world</strong></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n",
    );
  });

  it.each([
    ["<script>alert(1)</script>hi", "<script"],
    ['<img src=x onerror="alert(1)">', "onerror"],
    ["[click](javascript:alert(1))", "javascript:"],
    ['<a href="javascript:alert(1)">x</a>', "javascript:"],
    ['<iframe src="https://evil.example"></iframe>', "<iframe"],
    ['<p style="background:url(x)" onclick="x()">x</p>', "onclick"],
    ["[x](data:text/html;base64,PHNjcmlwdD4=)", "data:"],
  ])("neutralises %s", (input, forbidden) => {
    expect(renderMarkdown(input).toLowerCase()).not.toContain(forbidden);
  });

  it("marks external links nofollow and keeps internal ones plain", () => {
    expect(renderMarkdown("[a](https://example.com) [b](/glossary/api)")).toContain(
      '<a href="https://example.com" rel="noopener noreferrer nofollow">a</a> <a href="/glossary/api">b</a>',
    );
  });

  it("extracts plain text and estimates reading time", () => {
    expect(markdownToText("## Title\n\nSome *text* & <b>more</b>")).toBe("Title Some text & more");
    expect(readingMinutes("word ".repeat(660))).toBe(3);
  });
});
