"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Field, Honeypot } from "../../_components/field";
import { buttonClass, Notice } from "../../_components/ui";
import { formErrors, useFormGuard } from "../../_components/use-public-form";
import { TRPCReactProvider, useTRPC } from "../../_trpc/client";

const goals = [
  ["more-signups", "More sign-ups or demo requests"],
  ["clearer-message", "A clearer message"],
  ["modern-look", "A more modern look"],
  ["faster-page", "A faster page"],
  ["better-mobile", "Better on phones"],
  ["stronger-brand", "A stronger brand"],
] as const;

function HeroRedesignFields() {
  const trpc = useTRPC();
  const router = useRouter();
  const guard = useFormGuard();
  const request = useMutation(
    trpc.leads.requestHeroRedesign.mutationOptions({ onSuccess: () => router.push("/hero-redesign/thanks") }),
  );
  const errors = formErrors(request.error);
  return (
    <form
      noValidate
      className="relative mt-6 space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const get = (k: string) => String(f.get(k) ?? "");
        request.mutate({
          websiteUrl: get("websiteUrl"),
          name: get("name"),
          email: get("email"),
          goals: f.getAll("goals").map(String) as never,
          goalsText: get("goalsText") || undefined,
          website: get("website") || undefined,
          ...guard,
        });
      }}
    >
      <Field
        name="websiteUrl"
        label="Website address"
        required
        placeholder="yourcompany.com"
        autoComplete="url"
        error={errors.fields.websiteUrl}
      />
      <Field name="name" label="Your name" required autoComplete="name" error={errors.fields.name} />
      <Field
        name="email"
        label="Email"
        type="email"
        required
        autoComplete="email"
        error={errors.fields.email}
        hint="We send the private link to your redesign here."
      />
      <fieldset>
        <legend className="text-sm font-medium">What should the new hero do better?</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {goals.map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="checkbox" name="goals" value={value} /> {label}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        name="goalsText"
        label="Anything else we should know?"
        textarea
        error={errors.fields.goalsText}
        maxLength={2000}
      />
      <Honeypot />
      {errors.message && <Notice tone="error">{errors.message}</Notice>}
      <button type="submit" disabled={request.isPending || request.isSuccess} className={buttonClass}>
        {request.isPending || request.isSuccess ? "Sending…" : "Get my free redesign"}
      </button>
    </form>
  );
}

/** An island with its own tRPC client: pages without one load no tRPC, superjson or TanStack Query. */
export function HeroRedesignForm() {
  return (
    <TRPCReactProvider>
      <HeroRedesignFields />
    </TRPCReactProvider>
  );
}
