import type { Metadata } from "next";
import { SignOutButton } from "./sign-out-button";

// Rendered per request: its metadata carries APP_URL, which must not be baked in at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign out", robots: { index: false } };

export default function SignOutPage() {
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight">Sign out</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">
        You will be signed out in this browser. Other sessions stay signed in; end them from your account page.
      </p>
      <SignOutButton />
    </div>
  );
}
