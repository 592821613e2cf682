import type { ReactNode } from "react";

export function Badge({ children, tone = "brand" }: { children: ReactNode; tone?: "brand" | "neutral" }) {
  const tones = { brand: "bg-odd17-light text-odd17-dark", neutral: "bg-surface text-ink border border-line" };
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</span>;
}
