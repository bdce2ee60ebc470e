"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { secondaryButtonClass } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";

export function RetryJobButton({ jobId }: { jobId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const retry = useMutation(trpc.admin.retryJob.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={retry.isPending}
        onClick={() => retry.mutate({ jobId })}
      >
        Retry
      </button>
      {retry.error && (
        <span role="alert" className="block text-red-700">
          {retry.error.message}
        </span>
      )}
    </>
  );
}
