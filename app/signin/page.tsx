import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { oauthProviders } from "@/server/accounts/auth";
import { currentSession } from "@/server/accounts/current-session";
import { safeRedirectPath } from "@/server/platform/redirects";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { callbackUrl, email } = await searchParams;
  const target = safeRedirectPath(callbackUrl);
  if (await currentSession()) redirect(target);
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight">Sign in to Atelier</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        We email you a link that signs you in — no password to remember.
      </p>
      <SignInForm callbackUrl={target} providers={oauthProviders()} defaultEmail={email ?? ""} />
    </div>
  );
}
