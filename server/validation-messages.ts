// What people read when their input is refused. Zod's own messages are written for developers
// ("Too big: expected string to have <=160 characters"); these are the sentences a person would
// write. A schema's own message ("give the request a title") still wins over these: they are the
// fallback for every limit we did not word by hand. Loaded once by server/trpc.ts.
import { type core, z } from "zod";

const plural = (n: number | bigint, one: string, many = `${one}s`) => `${n} ${n === 1 || n === 1n ? one : many}`;

const typeNames: Record<string, string> = {
  string: "some text",
  number: "a number",
  int: "a whole number",
  bigint: "a whole number",
  boolean: "yes or no",
  date: "a date",
  array: "a list",
  object: "a set of fields",
};

function tooBig(issue: core.$ZodIssueTooBig): string {
  const max = issue.maximum;
  const within = issue.inclusive !== false;
  switch (issue.origin) {
    case "string":
      return `Keep it to ${plural(within ? max : Number(max) - 1, "character")} or fewer.`;
    case "array":
    case "set":
      return `Choose at most ${plural(within ? max : Number(max) - 1, "item")}.`;
    case "file":
      return `Choose a file of at most ${plural(max, "byte")}.`;
    case "date":
      return `Choose a date ${within ? "on or before" : "before"} ${new Date(Number(max)).toISOString().slice(0, 10)}.`;
    default:
      return within ? `Enter ${max} or less.` : `Enter a number below ${max}.`;
  }
}

function tooSmall(issue: core.$ZodIssueTooSmall): string {
  const min = issue.minimum;
  const within = issue.inclusive !== false;
  switch (issue.origin) {
    case "string":
      return Number(min) <= 1 ? "This can't be empty." : `Use at least ${plural(min, "character")}.`;
    case "array":
    case "set":
      return Number(min) <= 1 ? "Choose at least one." : `Choose at least ${plural(min, "item")}.`;
    case "date":
      return `Choose a date ${within ? "on or after" : "after"} ${new Date(Number(min)).toISOString().slice(0, 10)}.`;
    default:
      return within ? `Enter ${min} or more.` : `Enter a number above ${min}.`;
  }
}

const formats: Record<string, string> = {
  email: "Enter an email address like name@example.com.",
  url: "Enter a web address like https://example.com.",
  datetime: "Enter a date and time.",
  date: "Enter a date.",
  regex: "Use only the characters this field allows.",
};

/** The message for one issue; exported for tests. */
export function humanMessage(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "This is required.";
      return `Enter ${typeNames[issue.expected] ?? "a valid value"}.`;
    case "too_big":
      return tooBig(issue as core.$ZodIssueTooBig);
    case "too_small":
      return tooSmall(issue as core.$ZodIssueTooSmall);
    case "invalid_format":
      return formats[issue.format] ?? "This is not in the expected format.";
    case "invalid_value":
      return issue.values.length === 1
        ? `This must be ${JSON.stringify(issue.values[0])}.`
        : `Choose one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`;
    case "unrecognized_keys":
      return `Remove the unknown ${issue.keys.length === 1 ? "field" : "fields"} ${issue.keys.join(", ")}.`;
    case "not_multiple_of":
      return `Enter a multiple of ${issue.divisor}.`;
    case "invalid_key":
    case "invalid_element":
    case "invalid_union":
      return "This is not one of the values allowed here.";
    default:
      return "This value is not valid here.";
  }
}

z.config({ customError: (issue) => humanMessage(issue) });

const words = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();

/** "dueDate" → "Due date"; "sections.2.heading" → "Heading (sections, item 3)". */
export function fieldLabel(path: string): string {
  const parts = path.split(".").filter(Boolean);
  const last = [...parts].reverse().find((p) => !/^\d+$/.test(p));
  if (!last) return "";
  const label = words(last);
  const index = parts.findLast((p) => /^\d+$/.test(p));
  const capital = label.charAt(0).toUpperCase() + label.slice(1);
  return index === undefined ? capital : `${capital} (item ${Number(index) + 1})`;
}

/** One line for all of a refusal's issues: "Title: keep it to 160 characters or fewer." */
export function summariseIssues(issues: { path: string; message: string }[]): string {
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const lines = issues.map(({ path, message }) => {
    const label = fieldLabel(path);
    return sentence(label ? `${label}: ${message.charAt(0).toLowerCase()}${message.slice(1)}` : message);
  });
  const more = issues.length > 3 ? ` And ${plural(issues.length - 3, "more problem")}.` : "";
  return `${lines.slice(0, 3).join(" ")}${more}`;
}
