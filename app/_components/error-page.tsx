"use client";

/** The branded page for a request that failed: an outage says so and when to come back. */
export function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset?: () => void }) {
  const isOutage = error.digest === "ATELIER_DATABASE_UNAVAILABLE";
  return (
    <div className="mx-auto max-w-2xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">{isOutage ? "503" : "Error"}</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">
        {isOutage ? "Atelier is temporarily unavailable" : "This page could not be loaded"}
      </h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        {isOutage
          ? "We cannot reach our database for a moment. Nothing you saved is lost — please try again in about half a minute."
          : "Something went wrong on our side. It has been logged; please try again. If the service is briefly unavailable, it will be back in a moment."}
      </p>
      <p className="mt-8 flex justify-center gap-4">
        {reset && (
          <button
            type="button"
            onClick={reset}
            className="rounded-xl bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700"
          >
            Try again
          </button>
        )}
        <a href="/" className="rounded-xl border border-zinc-300 px-5 py-3 font-medium dark:border-zinc-700">
          Home
        </a>
      </p>
    </div>
  );
}
