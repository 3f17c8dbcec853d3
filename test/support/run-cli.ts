import { spawn } from 'node:child_process';

export const BIN = new URL('../../bin/upr-bot.js', import.meta.url).pathname;

/** The user that root's tests run a command as, so that file permissions apply to it. */
export const NOBODY = 65534;

/**
 * What one run of the command line may take in a test. Vitest compiles the CLI first
 * (build-cli-once.ts), and a compiled `upr-bot chat` takes about 0.5 s on the 2-core development
 * machine when idle, 2-3 s when other test suites load it; from the sources (tsx) about 2 s. The
 * budgets hold on a machine five times slower than idle, with room: a test fails on what the
 * program says, not on how fast the machine is. With several suites at once on two cores (load
 * average 10) a compiled run that loads discord.js took up to 10 s, so the budget is 15 s.
 */
export const CLI_RUN_MS = 15_000;
export const SOURCE_RUN_MS = 30_000;

/** A test's timeout for `runs` runs of the command line, `fromSources` of them through tsx. */
export function cliBudget(runs: number, fromSources = 0): number {
  return (runs - fromSources) * CLI_RUN_MS + fromSources * SOURCE_RUN_MS;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line in a child process, as a user would. */
export function runCli(
  args: string[],
  /**
   * `env` adds to this process's environment; a variable set to undefined is left out.
   * `unprivileged`: as a user file permissions apply to (nobody, when the tests run as root).
   */
  options: {
    env?: Record<string, string | undefined>;
    input?: string;
    cwd?: string;
    unprivileged?: boolean;
  } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.unprivileged && process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export interface RunningCli {
  /** Resolves with everything written so far once `text` appears on standard error (logs). */
  waitForLog(text: string, timeoutMs?: number): Promise<string>;
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the real command line as a service would run it: standard input closed, logs on stderr. */
export function startCli(args: string[], options: { env?: Record<string, string> } = {}): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    for (const l of listeners) l();
  });
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    stderr: () => stderr,
    waitForLog: (text, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!stderr.includes(text)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(stderr);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no "${text}" in the log within ${timeoutMs} ms:\n${stderr}`));
        }, timeoutMs);
        listeners.add(check);
        exited.then(() => check());
        check();
      }),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export interface TerminalCli {
  /** Types a line, as a person or a script would; the input stays open. */
  send(line: string): void;
  /** Ends the input, as a pipe does when its writer finishes. */
  endInput(): void;
  /** Resolves with everything written so far once `text` appears on standard output. */
  waitForOutput(text: string, timeoutMs?: number): Promise<string>;
  signal(name: NodeJS.Signals): void;
  /** Resolves with the exit code and what was written. */
  exited: Promise<CliResult>;
}

/** Starts the real command line with its standard input held open, fed line by line. */
export function startTerminalCli(
  args: string[],
  options: { env?: Record<string, string | undefined> } = {},
): TerminalCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    for (const l of listeners) l();
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  // The child may exit with its input still open: that is not an error of the test's.
  child.stdin.on('error', () => {});
  const exited = new Promise<CliResult>((resolve) =>
    child.on('close', (code) => {
      for (const l of listeners) l();
      resolve({ code, stdout, stderr });
    }),
  );
  return {
    send: (line) => child.stdin.write(`${line}\n`),
    endInput: () => child.stdin.end(),
    signal: (name) => child.kill(name),
    exited,
    waitForOutput: (text, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (stdout.includes(text)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(stdout);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(new Error(`exited before "${text}" appeared:\n${stdout}\n${stderr}`));
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no "${text}" on standard output within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
  };
}
