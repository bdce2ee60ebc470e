"use client";

import { type RefObject, useCallback, useEffect, useRef } from "react";

type Fields = Record<string, string>;

function read(form: HTMLFormElement, names: readonly string[]): Fields {
  const data = new FormData(form);
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? "")]));
}

type IsPristine = (name: string, value: string) => boolean;

const isFilled = (fields: Fields, names: readonly string[], isPristine?: IsPristine) =>
  names.some((name) => fields[name]?.trim() && !isPristine?.(name, fields[name] ?? ""));

/**
 * Keeps what someone typed into a form in this browser (localStorage, per key) until it is sent,
 * and asks before the tab is closed or reloaded with a filled form. Navigating inside the app
 * keeps the draft too: coming back restores it. Files cannot be kept this way; text can.
 *
 * `names` are the text fields to keep; `filled` are the ones that make a form worth warning about
 * (a preselected type does not); `isPristine` says when a prefilled value (a brief template) is
 * still as it was given, which counts as empty.
 */
export function useFormDraft(
  form: RefObject<HTMLFormElement | null>,
  key: string,
  names: readonly string[],
  filled: readonly string[] = names,
  isPristine?: IsPristine,
) {
  const storageKey = `atelier.draft.${key}`;
  const pristine = useRef(isPristine);
  pristine.current = isPristine;

  useEffect(() => {
    const element = form.current;
    if (!element) return;
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey) ?? "null") as Fields | null;
      if (saved)
        for (const name of names) {
          const field = element.elements.namedItem(name);
          if (
            saved[name] &&
            (field instanceof HTMLInputElement ||
              field instanceof HTMLTextAreaElement ||
              field instanceof HTMLSelectElement)
          )
            field.value = saved[name];
        }
    } catch {
      localStorage.removeItem(storageKey);
    }
    const save = () => {
      const fields = read(element, names);
      if (isFilled(fields, filled, pristine.current)) localStorage.setItem(storageKey, JSON.stringify(fields));
      else localStorage.removeItem(storageKey);
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (!isFilled(read(element, names), filled, pristine.current)) return;
      event.preventDefault();
      event.returnValue = "";
    };
    element.addEventListener("input", save);
    element.addEventListener("change", save);
    window.addEventListener("beforeunload", warn);
    return () => {
      element.removeEventListener("input", save);
      element.removeEventListener("change", save);
      window.removeEventListener("beforeunload", warn);
    };
  }, [form, storageKey, names, filled]);

  /** Call once the form was sent: the draft is gone. */
  return useCallback(() => localStorage.removeItem(storageKey), [storageKey]);
}
