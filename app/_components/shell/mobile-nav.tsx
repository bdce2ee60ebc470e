"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { type NavItem, NavLink } from "./nav-link";

/** Below the large breakpoint the section links live in a sheet that traps focus and closes on navigation. */
export function MobileNav({ groups }: { groups: { label: string; items: NavItem[] }[] }) {
  const [isOpen, setOpen] = useState(false);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing on every route change is the point
  useEffect(() => setOpen(false), [pathname]);
  return (
    <Dialog.Root open={isOpen} onOpenChange={setOpen}>
      <Dialog.Trigger className="rounded-lg border border-zinc-300 px-3 py-1.5 text-sm lg:hidden dark:border-zinc-700">
        Menu
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-zinc-950/40" />
        <Dialog.Content className="fixed inset-y-0 right-0 z-50 flex w-72 max-w-[85vw] flex-col overflow-y-auto bg-white p-4 shadow-xl dark:bg-zinc-900">
          <div className="flex items-center justify-between">
            <Dialog.Title className="font-semibold">Menu</Dialog.Title>
            <Dialog.Close className="rounded-lg px-2 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">
              Close
            </Dialog.Close>
          </div>
          <Dialog.Description className="sr-only">Go to another page</Dialog.Description>
          {groups.map((group) => (
            <nav key={group.label} aria-label={`${group.label} (menu)`} className="mt-4">
              <p className="px-3 text-xs font-semibold text-zinc-600 uppercase dark:text-zinc-400">{group.label}</p>
              <ul className="mt-1">
                {group.items.map((item) => (
                  <li key={item.href}>
                    <NavLink item={item} className="block rounded-lg px-3 py-2 text-sm" />
                  </li>
                ))}
              </ul>
            </nav>
          ))}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
