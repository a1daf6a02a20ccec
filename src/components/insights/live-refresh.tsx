"use client";
// While doors are open the door-night chart follows arrivals: the page reads its figures again
// every `seconds`, without a reload or losing the scroll position.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function LiveRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
