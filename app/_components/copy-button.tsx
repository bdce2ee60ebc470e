"use client";

import { useState } from "react";
import { secondaryButtonClass } from "./ui";

/** Copies a secret shown once (a token, a signing secret) and says so; falls back to selecting it. */
export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <button
      type="button"
      className={secondaryButtonClass}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setState("copied");
        } catch {
          setState("failed");
        }
      }}
    >
      <span aria-live="polite">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed — select the text" : label}
      </span>
    </button>
  );
}
