import fs from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import path from "node:path";

/**
 * The `headers()` of next.config.js as the build wrote them (.next/routes-manifest.json), applied the
 * way Next applies them: every rule whose path and conditions match, in order, a later rule winning
 * for the same header. For responses written outside Next (server/http-node.ts), which must carry the
 * same security headers as the ones Next writes.
 */
type Condition = { type: "header" | "cookie" | "query" | "host"; key: string; value?: string };
export interface HeaderRule {
  regex: string;
  headers: { key: string; value: string }[];
  has?: Condition[];
  missing?: Condition[];
}

/** Null when a rule needs what only Next does (parameters substituted into a value, an unknown condition). */
export function compileHeaderRules(rules: HeaderRule[]) {
  const knownTypes = new Set(["header", "cookie", "query", "host"]);
  const compiled = [];
  for (const rule of rules) {
    const conditions = [...(rule.has ?? []), ...(rule.missing ?? [])];
    if (conditions.some((c) => !knownTypes.has(c.type))) return null;
    if (rule.headers.some((h) => /:[A-Za-z_]/.test(h.key) || /:[A-Za-z_]/.test(h.value))) return null;
    compiled.push({ ...rule, pattern: new RegExp(rule.regex) });
  }
  return compiled;
}
export type CompiledHeaderRules = NonNullable<ReturnType<typeof compileHeaderRules>>;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    const raw = part
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

/** Next's matchHas: present (and, with a value, matching it whole). */
function holds(condition: Condition, headers: IncomingHttpHeaders, query: URLSearchParams) {
  let value: string | string[] | undefined;
  if (condition.type === "header") value = headers[condition.key.toLowerCase()];
  else if (condition.type === "cookie") value = cookieValue(headers.cookie, condition.key);
  else if (condition.type === "query") value = query.getAll(condition.key).at(-1);
  else value = headers.host?.split(":", 1)[0]?.toLowerCase();
  const last = Array.isArray(value) ? value.at(-1) : value;
  if (!last) return false;
  return condition.value === undefined || new RegExp(`^${condition.value}$`).test(last);
}

/** The headers to send, as [name as written in next.config.js, value], by lower-case name. */
export function configHeadersFor(
  rules: CompiledHeaderRules,
  pathname: string,
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
): Map<string, [string, string]> {
  const result = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    if (!(rule.has ?? []).every((c) => holds(c, headers, query))) continue;
    if ((rule.missing ?? []).some((c) => holds(c, headers, query))) continue;
    for (const { key, value } of rule.headers) result.set(key.toLowerCase(), [key, value]);
  }
  return result;
}

export interface RouteHeaders {
  rules: CompiledHeaderRules;
  /** What Next puts in Vary on every App Router response before the route adds its own. */
  vary: string | null;
}

/** This build's rules and Vary, or null when there is no build output to read them from. */
export function buildRouteHeaders(): RouteHeaders | null {
  try {
    const manifest = path.join(/* turbopackIgnore: true */ process.cwd(), ".next", "routes-manifest.json");
    const { headers, basePath, rsc } = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
      headers?: HeaderRule[];
      basePath?: string;
      rsc?: { varyHeader?: string };
    };
    const rules = basePath ? null : compileHeaderRules(headers ?? []);
    return rules && { rules, vary: rsc?.varyHeader ?? null };
  } catch {
    return null;
  }
}
