import Link from "next/link";
import { requireStaff } from "../_components/guards";
import { NotificationBell } from "../_components/notification-bell";

export const dynamic = "force-dynamic";

/** Every /admin page is guarded here, on the server; procedures check again on every call. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const { isStaff, isAdmin } = await requireStaff();
  if (!isStaff) {
    return (
      <div className="mx-auto max-w-xl px-4 py-24 text-center">
        <h1 className="text-3xl font-bold">No access</h1>
        <p className="mt-4 text-zinc-700 dark:text-zinc-300">
          The back office is for the studio's team. Your account is a client account.
        </p>
        <p className="mt-6">
          <Link href="/portal" className="underline">
            Go to your client portal
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <nav
        aria-label="Back office"
        className="flex flex-wrap gap-4 border-b border-zinc-200 pb-4 text-sm dark:border-zinc-800"
      >
        <Link href="/admin" className="font-semibold">
          Back office
        </Link>
        <Link href="/admin/requests" className="hover:underline">
          Requests
        </Link>
        <Link href="/admin/leads" className="hover:underline">
          Leads
        </Link>
        <Link href="/admin/hero-redesigns" className="hover:underline">
          Hero redesigns
        </Link>
        {isAdmin && (
          <>
            <Link href="/admin/users" className="hover:underline">
              People
            </Link>
            <Link href="/admin/workspaces" className="hover:underline">
              Workspaces
            </Link>
            <Link href="/admin/developers" className="hover:underline">
              Developers
            </Link>
            <Link href="/admin/billing" className="hover:underline">
              Subscriptions
            </Link>
            <Link href="/admin/audit" className="hover:underline">
              Audit log
            </Link>
            <Link href="/admin/jobs" className="hover:underline">
              Jobs
            </Link>
          </>
        )}
        <span className="ml-auto">
          <NotificationBell />
        </span>
      </nav>
      {children}
    </div>
  );
}
