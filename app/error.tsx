"use client";

import { ErrorPage } from "./_components/error-page";

export default function RouteError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPage {...props} />;
}
