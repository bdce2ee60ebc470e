"use client";

import { TRPCClientError } from "@trpc/client";
import { useState } from "react";

/** Per-field messages from a BAD_REQUEST (zod issues), and one message for everything else. */
export function formErrors(error: unknown): { fields: Record<string, string>; message: string | null } {
  if (!(error instanceof TRPCClientError))
    return { fields: {}, message: error ? "Something went wrong. Please try again." : null };
  const issues = (error.data as { issues?: { path: string; message: string }[] } | undefined)?.issues;
  if (issues?.length) {
    const fields: Record<string, string> = {};
    for (const issue of issues) fields[issue.path.split(".")[0] || "form"] ??= issue.message;
    return { fields, message: "Please fix the highlighted fields." };
  }
  return { fields: {}, message: error.message };
}

/** What every public form sends besides its fields: honeypot, fill time and idempotency key. */
export function useFormGuard() {
  const [guard] = useState(() => ({ startedAt: Date.now(), idempotencyKey: crypto.randomUUID() }));
  return guard;
}

/**
 * An idempotency key for one submission of a form: kept while that submission is retried (after
 * an error or a lost answer) and replaced once it succeeds, so the server stores it once.
 */
export function useSubmissionKey() {
  const [key, setKey] = useState(() => crypto.randomUUID());
  return { key, renew: () => setKey(crypto.randomUUID()) };
}
