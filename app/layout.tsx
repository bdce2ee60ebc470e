import type { Metadata } from "next";
import "./globals.css";
import { serverEnv } from "@/server/env";
import { MarketingChrome } from "./_components/shell/marketing-chrome";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(serverEnv().APP_URL),
    title: { default: "Atelier — design subscriptions for growing teams", template: "%s · Atelier" },
    description:
      "Atelier is a web-design studio you subscribe to: unlimited requests, a few at a time, delivered fast.",
    openGraph: { siteName: "Atelier", locale: "en_US", type: "website" },
    twitter: { card: "summary_large_image" },
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        {/* A relative link (React puts it in <head>): metadata would make it absolute with the build's APP_URL. */}
        <link rel="alternate" type="application/atom+xml" title="Atelier blog" href="/blog/feed.xml" />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
        >
          Skip to content
        </a>
        {/* No tRPC provider here: public pages render on the server and load no tRPC client. The app
            shell's layouts and each interactive island bring their own (app/_trpc/client.tsx). */}
        <MarketingChrome header={<SiteHeader />} footer={<SiteFooter />}>
          {children}
        </MarketingChrome>
      </body>
    </html>
  );
}
