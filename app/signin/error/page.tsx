import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign-in problem", robots: { index: false } };
export const dynamic = "force-dynamic";

const messages: Record<string, { title: string; body: string }> = {
  Verification: {
    title: "This sign-in link no longer works",
    body: "Sign-in links work once and expire after an hour. This one has expired or was already used. Ask for a new one below.",
  },
  AccessDenied: {
    title: "This email address is not allowed",
    body: "This studio only lets in its team and invited clients. Ask the person who works with you for an invitation.",
  },
  RateLimited: {
    title: "Too many attempts",
    body: "Too many sign-in emails were requested. Please wait a few minutes before trying again.",
  },
  Configuration: {
    title: "Sign-in is not available",
    body: "The server is not configured for sign-in right now. Please try again later.",
  },
};

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { error } = await searchParams;
  const message = messages[error ?? ""] ?? {
    title: "We could not sign you in",
    body: "Something went wrong while signing you in. Please try again.",
  };
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight">{message.title}</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">{message.body}</p>
      <p className="mt-8">
        <Link href="/signin" className="rounded-xl bg-brand-600 px-4 py-3 font-medium text-white hover:bg-brand-700">
          Get a new sign-in link
        </Link>
      </p>
    </div>
  );
}
