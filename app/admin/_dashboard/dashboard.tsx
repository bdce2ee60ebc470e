"use client";

import { useState } from "react";
import { defaultRange, LeadCharts, RangePicker, RevenueCharts, TurnaroundCharts } from "./charts";
import { TodaysWork } from "./today";

/** The back-office home: today's work, then the charts for a chosen date range. */
export function Dashboard({ isAdmin }: { isAdmin: boolean }) {
  const [range, setRange] = useState(defaultRange);
  return (
    <>
      <h2 className="mt-8 text-xl font-semibold">Today</h2>
      <div className="mt-4">
        <TodaysWork isAdmin={isAdmin} />
      </div>
      <h2 className="mt-10 text-xl font-semibold">{isAdmin ? "The studio over time" : "Your figures"}</h2>
      <div className="mt-4 space-y-4">
        <RangePicker range={range} onChange={setRange} />
        <p className="sr-only" aria-live="polite">
          Showing {range.from} to {range.to}.
        </p>
        <TurnaroundCharts range={range} isAdmin={isAdmin} />
        <div className="grid gap-4 lg:grid-cols-2">
          <LeadCharts range={range} />
          {isAdmin && <RevenueCharts range={range} />}
        </div>
      </div>
    </>
  );
}
