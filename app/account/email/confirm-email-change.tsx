"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { buttonClass, Notice } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";

/** A button, not an automatic call: link scanners in mail clients must not confirm for you. */
export function ConfirmEmailChange({ token }: { token: string }) {
  const trpc = useTRPC();
  const confirm = useMutation(trpc.account.confirmEmailChange.mutationOptions());
  if (confirm.data) {
    return (
      <Notice tone="success">
        Your email is now {confirm.data.email}.{" "}
        <Link href="/account" className="underline">
          Back to your account
        </Link>
      </Notice>
    );
  }
  return (
    <>
      <button
        type="button"
        className={`${buttonClass} mt-6`}
        disabled={confirm.isPending || !token}
        onClick={() => confirm.mutate({ token })}
      >
        {confirm.isPending ? "Confirming…" : "Confirm new email"}
      </button>
      {confirm.error && <Notice tone="error">{confirm.error.message}</Notice>}
    </>
  );
}
