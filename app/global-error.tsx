"use client";

import "./globals.css";
import { ErrorPage } from "./_components/error-page";

/** When even the root layout failed: the same page, in a document of its own. */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <main id="main" className="flex-1">
          <ErrorPage {...props} />
        </main>
      </body>
    </html>
  );
}
