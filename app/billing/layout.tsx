import { TRPCReactProvider } from "../_trpc/client";

/** These pages call procedures from the browser; the root layout carries no tRPC provider (docs/PERFORMANCE.md). */
export default function BillingLayout({ children }: { children: React.ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
