import { z } from "zod";

/** A client workspace's name, as the owner or an admin types it. */
export const workspaceName = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(120, "Keep the name to 120 characters or fewer.");
