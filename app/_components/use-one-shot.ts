"use client";

import { useCallback, useRef } from "react";

/**
 * For buttons that must act once (approve, deliver, cancel…): a second click while the first is
 * still on its way is ignored — before React has re-rendered the button as disabled. The server
 * treats a repeat as a no-op too; this keeps the second request from being sent at all.
 */
export function useOneShot() {
  const isBusy = useRef(false);
  return useCallback(async (action: () => Promise<unknown>) => {
    if (isBusy.current) return;
    isBusy.current = true;
    try {
      await action();
    } catch {
      // The mutation's own error state shows what went wrong.
    } finally {
      isBusy.current = false;
    }
  }, []);
}
