import type { Metadata } from "next";
import { requireUser } from "../../_components/guards";
import { ConfirmEmailChange } from "./confirm-email-change";

export const metadata: Metadata = { title: "Confirm your new email", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const token = (await searchParams).token ?? "";
  await requireUser(`/account/email?token=${encodeURIComponent(token)}`);
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold">Confirm your new email</h1>
      <ConfirmEmailChange token={token} />
    </div>
  );
}
