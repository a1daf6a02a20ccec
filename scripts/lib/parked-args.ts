// The arguments of `npm run events:parked`: list, `--replay <id>`, or `--replay-all`.
export type ParkedCommand =
  | { kind: "list" }
  | { kind: "replay"; id: string }
  | { kind: "replay-all" }
  | { kind: "help" }
  | { kind: "error"; message: string };

export function parseParkedArgs(argv: readonly string[]): ParkedCommand {
  if (argv.length === 0) return { kind: "list" };
  if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h")) return { kind: "help" };
  if (argv.length === 1 && argv[0] === "--replay-all") return { kind: "replay-all" };
  if (argv[0] === "--replay") {
    const id = argv[1];
    if (argv.length === 2 && id && /^[0-9]{1,18}$/.test(id)) return { kind: "replay", id };
    const message = "--replay takes one parked event's id (the number in the first column of the list).";
    return { kind: "error", message };
  }
  return { kind: "error", message: `Unknown arguments: ${argv.join(" ")}` };
}

export const PARKED_USAGE = `npm run events:parked                  list parked events (and those waiting for a retry)
npm run events:parked -- --replay <id>  deliver one parked event to its subscriber once more
npm run events:parked -- --replay-all   the same, for every parked event
`;
