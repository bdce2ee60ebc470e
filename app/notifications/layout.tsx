import { AppShell } from "../_components/shell/app-shell";

/** The notification centre wears the app shell; each page guards itself on the server. */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <AppShell area="personal">{children}</AppShell>;
}
