/**
 * What the CLI undoes when it is interrupted: the temporary files it holds (the spill file of a
 * large audit, which holds input data). On SIGINT, SIGTERM or SIGHUP each registered cleanup runs,
 * then the process exits with 128 + the signal's number (130, 143, 129), as a shell reports a
 * process killed by it (DESIGN.md invariant 14).
 */
const cleanups = new Set<() => void>();

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

let installed = false;

/** A command that handles SIGTERM and SIGINT itself (`serve`: drain, then exit 0), or none. */
let takenOver: ((signal: "SIGINT" | "SIGTERM") => void) | undefined;

/**
 * Lets a long-running command (`serve`) handle SIGTERM and SIGINT itself instead of exiting at
 * once; SIGHUP and the cleanups are unchanged.
 *
 * @param handler - Called on each SIGTERM or SIGINT.
 */
export function takeOverSignals(handler: (signal: "SIGINT" | "SIGTERM") => void): void {
  takenOver = handler;
}

function runCleanups(): void {
  for (const cleanup of [...cleanups]) {
    try {
      cleanup();
    } catch {
      // Keep going: every other file is still removed.
    }
  }
  cleanups.clear();
}

/** Installs the signal handlers (once). */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      if (takenOver !== undefined && (signal === "SIGTERM" || signal === "SIGINT")) {
        takenOver(signal);
        return;
      }
      runCleanups();
      process.exit(128 + number);
    });
  }
  process.on("exit", runCleanups);
}

/**
 * Registers a cleanup to run if the process is interrupted or exits before it is done.
 *
 * @returns A function that unregisters it (call it once the cleanup has been done normally).
 */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}
