import { inputClass } from "./ui";

/** A labelled input with its error shown beside it and announced to screen readers. */
export function Field(props: {
  name: string;
  label: string;
  error?: string;
  type?: string;
  required?: boolean;
  textarea?: boolean;
  placeholder?: string;
  autoComplete?: string;
  hint?: string;
  maxLength?: number;
  defaultValue?: string;
}) {
  const id = `field-${props.name}`;
  const describedBy = [props.error && `${id}-error`, props.hint && `${id}-hint`].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: props.name,
    required: props.required,
    placeholder: props.placeholder,
    autoComplete: props.autoComplete,
    maxLength: props.maxLength,
    defaultValue: props.defaultValue,
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": describedBy,
    className: `${inputClass} ${props.error ? "border-red-600 dark:border-red-500" : ""}`,
  };
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {props.label}
        {!props.required && <span className="font-normal text-zinc-600 dark:text-zinc-400"> (optional)</span>}
      </label>
      {props.textarea ? <textarea rows={6} {...common} /> : <input type={props.type ?? "text"} {...common} />}
      {props.hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** Invisible to people (and to assistive tech); bots that fill every field fill it. */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute left-[-10000px] h-px w-px overflow-hidden">
      <label htmlFor="website-hp">Leave this empty</label>
      <input id="website-hp" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}
