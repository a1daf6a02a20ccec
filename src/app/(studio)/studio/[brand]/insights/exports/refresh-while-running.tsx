"use client";
// While an export is being made, the page asks the server again every few seconds, so its
// progress moves and its download link appears without a reload.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function RefreshWhileRunning({ running, every = 1500 }: { running: boolean; every?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), every);
    return () => clearInterval(timer);
  }, [running, every, router]);
  return null;
}
