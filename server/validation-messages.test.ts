import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldLabel, summariseIssues } from "./validation-messages";

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a refusal");
  return result.error.issues[0]?.message;
};

describe("validation messages people read", () => {
  it("words every common refusal as a sentence, not as zod's developer text", () => {
    expect(messageOf(z.string().max(160), "x".repeat(161))).toBe("Keep it to 160 characters or fewer.");
    expect(messageOf(z.string().min(1), "")).toBe("This can't be empty.");
    expect(messageOf(z.string().min(8), "short")).toBe("Use at least 8 characters.");
    expect(messageOf(z.number().int().max(100), 101)).toBe("Enter 100 or less.");
    expect(messageOf(z.number(), "many")).toBe("Enter a number.");
    expect(messageOf(z.object({ a: z.string() }), {})).toBe("This is required.");
    expect(messageOf(z.email(), "nope")).toBe("Enter an email address like name@example.com.");
    expect(messageOf(z.enum(["MONTH", "YEAR"]), "WEEK")).toBe('Choose one of "MONTH", "YEAR".');
    expect(messageOf(z.array(z.string()).max(10), Array(11).fill("a"))).toBe("Choose at most 10 items.");
    expect(messageOf(z.strictObject({}), { extra: 1 })).toBe("Remove the unknown field extra.");
    for (const m of [messageOf(z.string().max(3), "abcd"), messageOf(z.number().min(2), 1)])
      expect(m).not.toMatch(/expected|Too big|Too small|<=|>=/);
  });

  it("keeps a schema's own words", () => {
    expect(messageOf(z.string().min(1, "give the request a title"), "")).toBe("give the request a title");
  });

  it("names the field in the one-line summary", () => {
    expect(fieldLabel("dueDate")).toBe("Due date");
    expect(fieldLabel("sections.2.heading")).toBe("Heading (item 3)");
    expect(summariseIssues([{ path: "title", message: "Keep it to 160 characters or fewer." }])).toBe(
      "Title: keep it to 160 characters or fewer.",
    );
    expect(summariseIssues([{ path: "title", message: "give the request a title" }])).toBe(
      "Title: give the request a title.",
    );
    expect(summariseIssues([{ path: "", message: "This is required." }])).toBe("This is required.");
  });
});
