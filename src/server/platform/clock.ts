// Time enters the domain as an argument; this is the one place that reads the wall clock.
export const clock = { now: () => new Date() };
