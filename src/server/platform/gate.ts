// A gate that lets at most `limit` callers through at once; the rest wait in arrival order.
// Purchases go through one: when a thousand buyers arrive together, letting them all interleave
// their queries means every one of them reads "still available" before the first hold commits,
// so losers do all the work of winners. Through the gate, later buyers read the pools after
// earlier ones have committed, and a sold-out pool turns them away with one read.
export function gate(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return async function through<T>(work: () => Promise<T>): Promise<T> {
    if (active < limit) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      release();
    }
  };
}
