"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { buttonClass } from "../_components/ui";
import { useTRPC } from "../_trpc/client";
import { CompanyStep, type SetupStep, setupSteps, useContinueSetup } from "./welcome/onboarding";

/**
 * Until a new client's owner has finished or skipped the setup, every portal page opens with it:
 * the company name is asked right here (the first thing after checkout), later steps link to
 * /portal/welcome where the setup resumes at the step it was left.
 */
export function OnboardingPrompt() {
  const trpc = useTRPC();
  const pathname = usePathname();
  const router = useRouter();
  const mine = useQuery(trpc.workspace.mine.queryOptions(undefined, { retry: false }));
  const active = mine.data?.workspaces.find((w) => w.id === mine.data?.activeWorkspaceId);
  const skip = useContinueSetup();
  if (active?.role !== "OWNER" || active.onboardingStep === "DONE" || pathname === "/portal/welcome") return null;
  const index = setupSteps.findIndex((s) => s.step === active.onboardingStep);
  return (
    <section aria-labelledby="setup-prompt" className="mx-auto mt-6 max-w-4xl px-4" data-testid="onboarding-prompt">
      <div className="rounded-2xl border border-brand-100 bg-brand-50 p-5 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 id="setup-prompt" className="text-lg font-semibold">
          {active.onboardingStep === "COMPANY"
            ? "Welcome! What is your company called?"
            : `Finish setting up: step ${index + 1} of ${setupSteps.length}, ${setupSteps[index]?.label.toLowerCase()}`}
        </h2>
        {active.onboardingStep === "COMPANY" ? (
          <CompanyStep
            workspaceId={active.id}
            currentName={active.name}
            compact
            onNamed={() => router.push("/portal/welcome")}
          />
        ) : (
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
            Invite your team and add your brand assets so your designers start on the right foot.
          </p>
        )}
        <div className="mt-2 flex flex-wrap items-center gap-4 text-sm">
          {active.onboardingStep !== "COMPANY" && (
            <Link href="/portal/welcome" className={buttonClass}>
              Continue setup
            </Link>
          )}
          <button
            type="button"
            className="underline"
            disabled={skip.isPending}
            onClick={() =>
              skip.mutate({ workspaceId: active.id, step: active.onboardingStep as SetupStep, finish: true })
            }
          >
            {skip.isPending ? "Skipping…" : "Skip setup"}
          </button>
          {skip.error && (
            <span role="alert" className="text-red-700 dark:text-red-400">
              {skip.error.message}
            </span>
          )}
        </div>
      </div>
    </section>
  );
}
