import type { Metadata } from "next";
import { requireUser } from "../../_components/guards";
import { Onboarding } from "./onboarding";

export const metadata: Metadata = { title: "Set up your workspace", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function WelcomePage() {
  await requireUser("/portal/welcome");
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold">Welcome to Atelier</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        Three short steps and your designers have what they need. Skip any of them and come back later.
      </p>
      <Onboarding />
    </div>
  );
}
