import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "../_components/guards";

export const metadata: Metadata = { title: "Back office", robots: { index: false } };

export default async function AdminHome() {
  const { user, isAdmin } = await requireStaff("/admin");
  return (
    <div className="mt-8">
      <h1 className="text-3xl font-bold">Welcome, {user.name ?? user.email}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        You are signed in as {user.staffRole === "ADMIN" ? "an admin" : "a designer"}.
      </p>
      {isAdmin && (
        <ul className="mt-8 grid gap-4 sm:grid-cols-3">
          <li className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
            <Link href="/admin/users" className="font-semibold underline">
              People
            </Link>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Staff roles and client accounts.</p>
          </li>
          <li className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
            <Link href="/admin/workspaces" className="font-semibold underline">
              Workspaces
            </Link>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Client companies and their owners.</p>
          </li>
          <li className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
            <Link href="/admin/audit" className="font-semibold underline">
              Audit log
            </Link>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Who changed what, and when.</p>
          </li>
        </ul>
      )}
    </div>
  );
}
