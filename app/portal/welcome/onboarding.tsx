"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { buttonClass, inputClass, Notice, secondaryButtonClass } from "../../_components/ui";
import { formErrors } from "../../_components/use-public-form";
import { useTRPC } from "../../_trpc/client";
import { BrandEditor } from "../brand/brand-editor";

export const setupSteps = [
  { step: "COMPANY", label: "Company name" },
  { step: "TEAM", label: "Your team" },
  { step: "BRAND", label: "Brand assets" },
] as const;
export type SetupStep = (typeof setupSteps)[number]["step"];

/** Moves the setup on and refreshes everything that shows the workspace (switcher, portal, banner). */
export function useContinueSetup() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation(
    trpc.workspace.continueOnboarding.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.workspace.pathKey() });
        router.refresh();
      },
    }),
  );
}

/** "What is your company called?" — the workspace is renamed, then the setup moves on. */
export function CompanyStep({
  workspaceId,
  currentName,
  compact = false,
  onNamed,
}: {
  workspaceId: string;
  currentName: string;
  compact?: boolean;
  onNamed?: () => void;
}) {
  const trpc = useTRPC();
  const next = useContinueSetup();
  const rename = useMutation(trpc.workspace.rename.mutationOptions());
  const errors = formErrors(rename.error);
  const message = errors.fields.name ?? errors.message ?? next.error?.message;
  const isBusy = rename.isPending || next.isPending;
  const inputId = compact ? "setup-company-inline" : "setup-company";
  return (
    <form
      aria-label="Company name"
      className="mt-3 flex flex-wrap items-end gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const name = String(new FormData(e.currentTarget).get("name") ?? "");
        try {
          await rename.mutateAsync({ workspaceId, name });
        } catch {
          return;
        }
        next.mutate({ workspaceId, step: "COMPANY" }, { onSuccess: () => onNamed?.() });
      }}
    >
      <div className="min-w-0 flex-1 basis-64">
        <label htmlFor={inputId} className="text-sm font-medium">
          Your company's name
        </label>
        <input
          id={inputId}
          name="name"
          required
          maxLength={120}
          autoComplete="organization"
          placeholder={currentName}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${inputId}-error` : `${inputId}-hint`}
          className={inputClass}
        />
        {message ? (
          <p id={`${inputId}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
            {message}
          </p>
        ) : (
          <p id={`${inputId}-hint`} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Your workspace, invoices and emails carry this name. You can change it later.
          </p>
        )}
      </div>
      <button type="submit" className={`${buttonClass} mb-6`} disabled={isBusy}>
        {isBusy ? "Naming the workspace…" : "Name the workspace"}
      </button>
    </form>
  );
}

function TeamStep({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pending = useQuery(trpc.workspace.invitations.queryOptions({ workspaceId }));
  const invite = useMutation(
    trpc.workspace.invite.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.workspace.invitations.queryKey({ workspaceId }) }),
    }),
  );
  const errors = formErrors(invite.error);
  const message = errors.fields.email ?? errors.message;
  return (
    <>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        Invite the people who will brief, review and approve designs with you. Each gets an email with a link to join.
      </p>
      <form
        aria-label="Invite a teammate"
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          invite.mutate(
            {
              workspaceId,
              email: String(data.get("email") ?? ""),
              role: data.get("role") === "OWNER" ? "OWNER" : "MEMBER",
            },
            { onSuccess: () => form.reset() },
          );
        }}
      >
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="setup-invite-email" className="text-sm font-medium">
            Teammate's email
          </label>
          <input
            id="setup-invite-email"
            name="email"
            type="email"
            required
            autoComplete="off"
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? "setup-invite-error" : undefined}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="setup-invite-role" className="text-sm font-medium">
            Role
          </label>
          <select id="setup-invite-role" name="role" className={inputClass}>
            <option value="MEMBER">Member</option>
            <option value="OWNER">Owner</option>
          </select>
        </div>
        <button type="submit" className={buttonClass} disabled={invite.isPending}>
          {invite.isPending ? "Inviting…" : "Invite"}
        </button>
      </form>
      {message && (
        <p id="setup-invite-error" role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      {invite.isSuccess && <Notice tone="success">Invitation emailed to {invite.data.email}.</Notice>}
      {(pending.data?.length ?? 0) > 0 && (
        <div className="mt-4">
          <h3 className="text-sm font-medium">Invited</h3>
          <ul className="mt-1 list-inside list-disc text-sm" data-testid="setup-invited">
            {pending.data?.map((inv) => (
              <li key={inv.id}>
                {inv.email} · {inv.role === "OWNER" ? "owner" : "member"}
              </li>
            ))}
          </ul>
        </div>
      )}
      <StepActions
        workspaceId={workspaceId}
        step="TEAM"
        primary={(pending.data?.length ?? 0) > 0 ? "Next: brand assets" : null}
      />
    </>
  );
}

function BrandStep({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const next = useContinueSetup();
  const brand = useQuery(trpc.workspace.brand.queryOptions({ workspaceId }));
  if (brand.isPending) return <div className="mt-4 h-72 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />;
  if (brand.isError) return <Notice tone="error">{brand.error.message}</Notice>;
  return (
    <>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        Give your designers what they need from the start. Everything here stays editable under{" "}
        <Link href="/portal/brand" className="underline">
          Brand
        </Link>
        .
      </p>
      <BrandEditor
        workspaceId={workspaceId}
        brand={brand.data}
        submitLabel="Keep these and finish"
        onSaved={() => next.mutate({ workspaceId, step: "BRAND" })}
      />
      <StepActions workspaceId={workspaceId} step="BRAND" />
      {next.error && <Notice tone="error">{next.error.message}</Notice>}
    </>
  );
}

/** The step's "next" or "Skip this step", and "Skip the rest of the setup", under every step. */
function StepActions({
  workspaceId,
  step,
  primary,
}: {
  workspaceId: string;
  step: SetupStep;
  primary?: string | null;
}) {
  const next = useContinueSetup();
  const finish = useContinueSetup();
  const isBusy = next.isPending || finish.isPending;
  return (
    <div className="mt-8 flex flex-wrap items-center gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <button
        type="button"
        className={primary ? buttonClass : secondaryButtonClass}
        disabled={isBusy}
        onClick={() => next.mutate({ workspaceId, step })}
      >
        {next.isPending ? "One moment…" : (primary ?? (step === "BRAND" ? "Skip and finish" : "Skip this step"))}
      </button>
      {step !== "BRAND" && (
        <button
          type="button"
          className="text-sm underline"
          disabled={isBusy}
          onClick={() => finish.mutate({ workspaceId, step, finish: true })}
        >
          {finish.isPending ? "Finishing…" : "Skip the rest of the setup"}
        </button>
      )}
      {(next.error ?? finish.error) && <Notice tone="error">{(next.error ?? finish.error)?.message}</Notice>}
    </div>
  );
}

/** The new client's setup at /portal/welcome: company name, team, brand — each skippable, resumable. */
export function Onboarding() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.workspace.mine.queryOptions());
  if (mine.isPending) return <div className="mt-8 h-64 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  if (mine.isError) return <Notice tone="error">{mine.error.message}</Notice>;
  const active = mine.data.workspaces.find((w) => w.id === mine.data.activeWorkspaceId);
  if (!active) return <p className="mt-8">You are not a member of a client workspace yet.</p>;
  if (active.role !== "OWNER")
    return <p className="mt-8">The owner of {active.name} sets the workspace up. You are ready to go.</p>;
  if (active.onboardingStep === "DONE")
    return (
      <section
        aria-labelledby="setup-done"
        className="mt-8 rounded-2xl border border-emerald-200 p-6 dark:border-emerald-900"
      >
        <h2 id="setup-done" className="text-xl font-semibold">
          {active.name} is set up
        </h2>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Your workspace is ready. Queue your first design request — its brief starts from the studio's questions for
          the service you pick.
        </p>
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href="/portal/requests" className={buttonClass}>
            Make a design request
          </Link>
          <Link href="/portal" className={secondaryButtonClass}>
            Go to the portal
          </Link>
        </p>
      </section>
    );
  const current = setupSteps.findIndex((s) => s.step === active.onboardingStep);
  const step = setupSteps[current] ?? setupSteps[0];
  return (
    <>
      <ol className="mt-6 flex flex-wrap gap-2 text-sm" aria-label="Setup steps">
        {setupSteps.map((s, i) => (
          <li
            key={s.step}
            aria-current={i === current ? "step" : undefined}
            className={`rounded-full px-3 py-1 ${i === current ? "bg-brand-600 text-white" : i < current ? "bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300" : "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"}`}
          >
            {i < current && <span aria-hidden="true">✓ </span>}
            {i + 1}. {s.label}
            {i < current && <span className="sr-only"> (done)</span>}
          </li>
        ))}
      </ol>
      <section
        aria-labelledby="setup-step"
        className="mt-6 rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800"
      >
        <h2 id="setup-step" className="text-xl font-semibold">
          Step {current + 1} of {setupSteps.length}:{" "}
          {step.step === "COMPANY" ? "What is your company called?" : step.label}
        </h2>
        {step.step === "COMPANY" && (
          <>
            <CompanyStep workspaceId={active.id} currentName={active.name} />
            <StepActions workspaceId={active.id} step="COMPANY" />
          </>
        )}
        {step.step === "TEAM" && <TeamStep workspaceId={active.id} />}
        {step.step === "BRAND" && <BrandStep workspaceId={active.id} />}
      </section>
    </>
  );
}
