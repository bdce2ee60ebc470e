"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";

export function SignInForm(props: {
  callbackUrl: string;
  providers: { id: string; name: string }[];
  defaultEmail: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setError("Enter a valid email address, like you@company.com.");
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("email", { email, callbackUrl: props.callbackUrl, redirect: false });
    setPending(false);
    if (result?.status === 429) {
      setError("Too many sign-in emails were requested. Please wait a few minutes and try again.");
    } else if (result?.error === "AccessDenied") {
      setError("This email address is not allowed to sign in. Ask the studio for an invitation.");
    } else if (!result?.ok || result.error) {
      setError("We could not send the email. Please try again in a moment.");
    } else {
      router.push(`/signin/check-email?email=${encodeURIComponent(email)}`);
    }
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="mt-8 space-y-4">
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            Email
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={props.defaultEmail}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "signin-error" : undefined}
            className="mt-1 w-full rounded-xl border border-zinc-300 bg-white px-4 py-3 dark:border-zinc-700 dark:bg-zinc-900"
          />
        </div>
        {error && (
          <p id="signin-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        <button
          type="submit"
          disabled={isPending}
          className="w-full rounded-xl bg-brand-600 px-4 py-3 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {isPending ? "Sending…" : "Sign in with email"}
        </button>
      </form>
      {props.providers.length > 0 && (
        <div className="mt-6 space-y-2">
          <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">or</p>
          {props.providers.map((p) => (
            <button
              key={p.id}
              type="button"
              onClick={() => signIn(p.id, { callbackUrl: props.callbackUrl })}
              className="w-full rounded-xl border border-zinc-300 px-4 py-3 font-medium hover:border-brand-600 dark:border-zinc-700"
            >
              Continue with {p.name}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
