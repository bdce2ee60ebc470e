import type { Metadata } from "next";
import { requireStaff } from "../../_components/guards";
import { PeopleTable } from "./people-table";

export const metadata: Metadata = { title: "People", robots: { index: false } };

export default async function UsersPage() {
  const { isAdmin } = await requireStaff("/admin/users");
  if (!isAdmin) return <p className="mt-8">Only admins can manage people.</p>;
  return (
    <div className="mt-8">
      <h1 className="text-3xl font-bold">People</h1>
      <PeopleTable />
    </div>
  );
}
