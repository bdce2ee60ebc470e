import Link from "next/link";
import { NotificationBell } from "../_components/notification-bell";

/** The signed-in client's bar on every portal page; each page guards itself on the server. */
export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <div className="border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/40">
        <nav aria-label="Portal" className="mx-auto flex max-w-4xl flex-wrap items-center gap-4 px-4 py-2 text-sm">
          <Link href="/portal" className="font-semibold">
            Client portal
          </Link>
          <Link href="/portal/requests" className="hover:underline">
            Design requests
          </Link>
          <Link href="/portal/files" className="hover:underline">
            Files
          </Link>
          <Link href="/portal/billing" className="hover:underline">
            Manage Billing
          </Link>
          <Link href="/account" className="hover:underline">
            Account
          </Link>
          <span className="ml-auto">
            <NotificationBell />
          </span>
        </nav>
      </div>
      {children}
    </>
  );
}
