"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { buttonClass, Notice } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";

export function AcceptInvitation({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.workspace.acceptInvitation.mutationOptions({ onSuccess: () => router.push("/portal") }),
  );
  return (
    <>
      <button
        type="button"
        className={`${buttonClass} mt-8`}
        disabled={accept.isPending || accept.isSuccess}
        onClick={() => accept.mutate({ token })}
      >
        {accept.isPending ? "Joining…" : "Accept invitation"}
      </button>
      {accept.error && <Notice tone="error">{accept.error.message}</Notice>}
    </>
  );
}
