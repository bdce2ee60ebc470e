"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { buttonClass } from "../_components/ui";

export function SignOutButton() {
  const [isPending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={`${buttonClass} mt-8`}
      disabled={isPending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/" });
      }}
    >
      {isPending ? "Signing out…" : "Sign out"}
    </button>
  );
}
