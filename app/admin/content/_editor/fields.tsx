"use client";

import { useState } from "react";
import { inputClass } from "../../../_components/ui";

/** A labelled text input or textarea with its message beside it (validation as you type). */
export function TextField(props: {
  id: string;
  label: React.ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  textarea?: boolean;
  isOptional?: boolean;
  maxLength?: number;
}) {
  const describedBy = [props.error && `${props.id}-error`, props.hint && `${props.id}-hint`].filter(Boolean).join(" ");
  const common = {
    id: props.id,
    value: props.value,
    maxLength: props.maxLength,
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": describedBy || undefined,
    className: `${inputClass} ${props.error ? "border-red-600 dark:border-red-500" : ""}`,
  };
  return (
    <div>
      <label htmlFor={props.id} className="text-sm font-medium">
        {props.label}
        {props.isOptional && <span className="font-normal text-zinc-600 dark:text-zinc-400"> (optional)</span>}
      </label>
      {props.textarea ? (
        <textarea rows={3} {...common} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {props.hint && (
        <p id={`${props.id}-hint`} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A list edited as text: comma-separated (tags, related terms), or one entry per line (`perLine`). */
export function ListField(props: {
  id: string;
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  hint?: string;
  perLine?: boolean;
}) {
  // The text is kept as typed ("seo, "), the list without empty entries.
  const [text, setText] = useState(props.value.join(props.perLine ? "\n" : ", "));
  return (
    <TextField
      id={props.id}
      label={props.label}
      value={text}
      onChange={(v) => {
        setText(v);
        props.onChange(
          v
            .split(props.perLine ? "\n" : ",")
            .map((s) => s.trim())
            .filter(Boolean),
        );
      }}
      error={props.error}
      hint={props.hint}
      textarea={props.perLine}
      isOptional={!props.perLine}
    />
  );
}
