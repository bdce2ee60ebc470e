import { handleDirectUpload } from "@/server/files/http";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

export function POST(req: Request) {
  return handleDirectUpload(req, { db: db(), storage: storage() }, "image");
}
