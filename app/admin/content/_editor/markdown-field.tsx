"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef } from "react";
import rehypeSanitize from "rehype-sanitize";

// The editor (toolbar, write/preview panes) is loaded only here, in the back office, and only in the browser.
const MDEditor = dynamic(() => import("@uiw/react-md-editor/nohighlight"), {
  ssr: false,
  loading: () => <div className="h-64 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-800" aria-hidden="true" />,
});

/** A markdown field: toolbar, live preview pane (sanitized, like the public pages), error beside it. */
export function MarkdownField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  height?: number;
}) {
  const errorId = `${props.id}-error`;
  const box = useRef<HTMLDivElement>(null);
  // The editor's markup needs two touches for screen readers and keyboards: its toolbar icons are
  // decorative (each button has a label), and its scrolling preview pane must be focusable.
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const patch = () => {
      for (const svg of root.querySelectorAll(".w-md-editor-toolbar svg:not([aria-hidden])"))
        svg.setAttribute("aria-hidden", "true");
      for (const pane of root.querySelectorAll<HTMLElement>(".w-md-editor-preview:not([tabindex])")) {
        pane.tabIndex = 0;
        pane.setAttribute("role", "region");
        pane.setAttribute("aria-label", `Preview of ${props.label}`);
      }
    };
    patch();
    const observer = new MutationObserver(patch);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [props.label]);
  return (
    <div data-color-mode="light" ref={box}>
      <label htmlFor={props.id} className="text-sm font-medium">
        {props.label}
      </label>
      <div className="mt-1">
        <MDEditor
          value={props.value}
          onChange={(v) => props.onChange(v ?? "")}
          height={props.height ?? 260}
          preview="live"
          previewOptions={{ rehypePlugins: [[rehypeSanitize]] }}
          textareaProps={{
            id: props.id,
            "aria-invalid": props.error ? true : undefined,
            "aria-describedby": props.error ? errorId : undefined,
          }}
        />
      </div>
      {props.error && (
        <p id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {props.error}
        </p>
      )}
    </div>
  );
}
