import type { Metadata } from "next";
import { RequestBoard } from "./request-board";

export const metadata: Metadata = { title: "Request board", robots: { index: false } };

export default function RequestBoardPage() {
  return (
    <div className="mt-8">
      <h1 className="text-3xl font-bold">Request board</h1>
      <RequestBoard />
    </div>
  );
}
