import type { Metadata } from "next";
import { requireStaff } from "../_components/guards";
import { Dashboard } from "./_dashboard/dashboard";

export const metadata: Metadata = { title: "Back office", robots: { index: false } };

export default async function AdminHome() {
  const { user, isAdmin } = await requireStaff("/admin");
  return (
    <div>
      <h1 className="text-3xl font-bold">Good to see you, {user.name ?? user.email}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        {isAdmin ? "The studio's day at a glance." : "Your queue and your figures."}
      </p>
      <Dashboard isAdmin={isAdmin} />
    </div>
  );
}
