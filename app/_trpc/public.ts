import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { redirectOrNotFound } from "@/server/content-studio/public";
import { appRouter } from "@/server/router";
import { createPublicContext } from "@/server/trpc";

/**
 * The caller for public pages. It reads no headers or cookies, so a page that uses only this
 * stays cacheable (ISR) and is refreshed by the cache tags of the data it read.
 */
export const publicApi = cache(() => appRouter.createCaller(createPublicContext()));

/** Turns a procedure's NOT_FOUND — or a malformed slug in the URL — into the site's 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/** Like orNotFound, but an old address with a kept redirect (a changed slug) goes on permanently. */
export async function orMissing<T>(path: string, read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return redirectOrNotFound(path);
    throw error;
  }
}
