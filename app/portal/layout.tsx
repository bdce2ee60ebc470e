import { AppShell } from "../_components/shell/app-shell";
import { OnboardingPrompt } from "./onboarding-prompt";

/** The client's app shell on every portal page; each page guards itself on the server. */
export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return (
    <AppShell area="portal">
      <OnboardingPrompt />
      {children}
    </AppShell>
  );
}
