import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "../_components/guards";
import { NotificationCentre, NotificationSettings } from "./notification-centre";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  const user = await requireUser("/notifications");
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <Link href={user.staffRole ? "/admin" : "/portal"} className="text-sm underline">
        ← {user.staffRole ? "Back office" : "Client portal"}
      </Link>
      <h1 className="mt-4 text-3xl font-bold">Notifications</h1>
      <NotificationCentre />
      <NotificationSettings />
    </div>
  );
}
