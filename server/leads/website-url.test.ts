import { describe, expect, it } from "vitest";
import { normalizeWebsiteUrl } from "./website-url";

describe("website addresses for a hero redesign", () => {
  it.each([
    ["northwind.com", "https://northwind.com"],
    ["  https://www.Northwind.com/  ", "https://www.northwind.com"],
    ["http://shop.example.org/landing/?utm=x#top", "http://shop.example.org/landing"],
    ["northwind.com:8443/app", "https://northwind.com:8443/app"],
    ["https://bücher.de", "https://xn--bcher-kva.de"],
    ["https://93.184.216.34/", "https://93.184.216.34"],
  ])("accepts %s as %s", (input, expected) => {
    expect(normalizeWebsiteUrl(input)).toBe(expected);
  });

  it.each([
    ["http://127.0.0.1", "public address"],
    ["http://localhost:3000", "public address"],
    ["https://intranet", "public address"],
    ["http://10.0.0.5/admin", "public address"],
    ["http://192.168.1.1", "public address"],
    ["http://172.20.0.1", "public address"],
    ["http://169.254.169.254/latest/meta-data", "public address"],
    ["http://[::1]/", "public address"],
    ["http://[fd00::1]/", "public address"],
    ["http://[::ffff:127.0.0.1]/", "public address"],
    ["http://[2002:7f00:1::]/", "public address"],
    ["http://[64:ff9b::a9fe:a9fe]/", "public address"],
    ["http://2130706433/", "public address"],
    ["http://0x7f.1/", "public address"],
    ["http://printer.local", "public address"],
    ["file:///etc/passwd", "Only http"],
    ["javascript:alert(1)", "Only http"],
    ["ftp://files.example.com", "Only http"],
    ["https://user:secret@example.com", "user name or password"],
    ["", "Enter your website"],
    ["not a url at all", "does not look like"],
    [`https://example.com/${"a".repeat(3000)}`, "does not look like"],
  ])("refuses %s", (input, message) => {
    expect(() => normalizeWebsiteUrl(input)).toThrow(message);
  });
});
