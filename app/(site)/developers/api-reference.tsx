"use client";

import dynamic from "next/dynamic";
import "swagger-ui-react/swagger-ui.css";

// Swagger UI is bundled with the app (no CDN) and loaded only on this page, in the browser.
const SwaggerUI = dynamic(() => import("swagger-ui-react"), {
  ssr: false,
  loading: () => (
    <p role="status" className="mt-8 h-96 animate-pulse rounded-2xl bg-zinc-100 p-4 text-zinc-500">
      Loading the reference…
    </p>
  ),
});

export function ApiReference() {
  return (
    <div className="mt-8 rounded-2xl bg-white p-2 text-zinc-900" data-testid="api-reference">
      <SwaggerUI url="/api/v1/openapi.json" docExpansion="list" defaultModelsExpandDepth={0} tryItOutEnabled={false} />
    </div>
  );
}
