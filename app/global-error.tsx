"use client";

import "./globals.css";

/**
 * When even the root layout failed: a page of its own. Self-contained on purpose (no shared
 * ErrorPage import): every page loads this boundary, and a shared module would be bundled twice.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const isOutage = error.digest === "ATELIER_DATABASE_UNAVAILABLE";
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <main id="main" className="mx-auto max-w-2xl flex-1 px-4 py-24 text-center">
          <h1 className="text-4xl font-bold tracking-tight">
            {isOutage ? "Atelier is temporarily unavailable" : "This page could not be loaded"}
          </h1>
          <p className="mt-4 text-lg">
            {isOutage
              ? "We cannot reach our database for a moment. Nothing you saved is lost — please try again in about half a minute."
              : "Something went wrong on our side. It has been logged; please try again."}
          </p>
          <p className="mt-8 flex justify-center gap-4">
            <button type="button" onClick={reset} className="rounded-xl bg-brand-600 px-5 py-3 font-medium text-white">
              Try again
            </button>
            <a href="/" className="rounded-xl border border-zinc-300 px-5 py-3 font-medium">
              Home
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
