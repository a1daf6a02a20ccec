"use client";
import { useContext } from "react";
import { QueryClientContext } from "@tanstack/react-query";

/**
 * After an action: the action revalidated the page's server-rendered parts, but lists the browser
 * fetches itself (the audit log, the orders table) only poll; this makes them fetch again now.
 */
export function useRefreshLists(): () => void {
  const queries = useContext(QueryClientContext); // none outside a TrpcProvider: nothing to refresh
  return () => void queries?.invalidateQueries();
}
