import Link from "next/link";
import { requireStaff } from "../_components/guards";
import { AppShell } from "../_components/shell/app-shell";

export const dynamic = "force-dynamic";

/** Every /admin page is guarded here, on the server; procedures check again on every call. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const { isStaff } = await requireStaff();
  if (!isStaff) {
    return (
      <AppShell area="portal">
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
      </AppShell>
    );
  }
  return (
    <AppShell area="admin">
      <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>
    </AppShell>
  );
}
