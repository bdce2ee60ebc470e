import type { MetadataRoute } from "next";
import { serverEnv } from "@/server/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = serverEnv().APP_URL;
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/account", "/portal", "/admin", "/dev/", "/search"] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
