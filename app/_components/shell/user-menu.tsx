"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useState } from "react";

const itemClass =
  "block cursor-pointer rounded-lg px-3 py-2 text-sm outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800";

/** The signed-in person's menu: who they are, their account, API tokens, sign-out. */
export function UserMenu({ name, email }: { name: string | null; email: string }) {
  const [isSigningOut, setSigningOut] = useState(false);
  const initial = (name ?? email).trim().charAt(0).toUpperCase() || "?";
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex min-w-0 items-center gap-2 rounded-full border border-zinc-300 py-1 pr-3 pl-1 text-sm hover:border-brand-600 dark:border-zinc-700"
        aria-label={`Your account: ${name ?? email}`}
        data-testid="user-menu"
      >
        <span
          aria-hidden="true"
          className="grid size-7 shrink-0 place-items-center rounded-full bg-brand-600 text-xs font-semibold text-white"
        >
          {initial}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{name ?? email}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 w-64 rounded-xl border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <DropdownMenu.Label className="px-3 py-2 text-sm">
            <span className="block truncate font-semibold">{name ?? email}</span>
            {name && <span className="block truncate text-zinc-600 dark:text-zinc-400">{email}</span>}
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/account">Account</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/notifications">Notifications</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/account/tokens">API tokens</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
          <DropdownMenu.Item
            className={itemClass}
            disabled={isSigningOut}
            onSelect={(event) => {
              event.preventDefault();
              setSigningOut(true);
              void signOut({ callbackUrl: "/" });
            }}
          >
            {isSigningOut ? "Signing out…" : "Sign out"}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
