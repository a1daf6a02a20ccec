/** See cpu-profile.mjs. */
export function profileCpu(name: string): Promise<() => Promise<void>>;
