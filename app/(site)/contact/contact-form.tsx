"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Field, Honeypot } from "../../_components/field";
import { buttonClass, inputClass, Notice } from "../../_components/ui";
import { formErrors, useFormGuard } from "../../_components/use-public-form";
import { TRPCReactProvider, useTRPC } from "../../_trpc/client";

const budgets = [
  ["", "Choose a range"],
  ["under-5k", "Under $5k"],
  ["5k-15k", "$5k–15k"],
  ["15k-50k", "$15k–50k"],
  ["over-50k", "Over $50k"],
  ["not-sure", "Not sure yet"],
] as const;

function ContactFormFields() {
  const trpc = useTRPC();
  const router = useRouter();
  const guard = useFormGuard();
  const submit = useMutation(
    trpc.leads.submitContact.mutationOptions({ onSuccess: () => router.push("/contact/thanks") }),
  );
  const errors = formErrors(submit.error);
  return (
    <form
      noValidate
      className="relative mt-8 space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const get = (k: string) => String(f.get(k) ?? "");
        submit.mutate({
          name: get("name"),
          email: get("email"),
          company: get("company") || undefined,
          budget: (get("budget") || undefined) as never,
          message: get("message"),
          website: get("website") || undefined,
          ...guard,
        });
      }}
    >
      <Field name="name" label="Name" required autoComplete="name" error={errors.fields.name} />
      <Field name="email" label="Email" type="email" required autoComplete="email" error={errors.fields.email} />
      <Field name="company" label="Company" autoComplete="organization" error={errors.fields.company} />
      <div>
        <label htmlFor="field-budget" className="text-sm font-medium">
          Budget <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
        </label>
        <select id="field-budget" name="budget" className={inputClass} defaultValue="">
          {budgets.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <Field
        name="message"
        label="What are you working on?"
        required
        textarea
        error={errors.fields.message}
        maxLength={5000}
      />
      <Honeypot />
      {errors.message && <Notice tone="error">{errors.message}</Notice>}
      <button type="submit" disabled={submit.isPending || submit.isSuccess} className={buttonClass}>
        {submit.isPending || submit.isSuccess ? "Sending…" : "Send message"}
      </button>
    </form>
  );
}

/** An island with its own tRPC client: pages without one load no tRPC, superjson or TanStack Query. */
export function ContactForm() {
  return (
    <TRPCReactProvider>
      <ContactFormFields />
    </TRPCReactProvider>
  );
}
