import { spawn } from 'node:child_process';

export const BIN = new URL('../../bin/upr-bot.js', import.meta.url).pathname;

/**
 * What one run of the command line may take in a test. Vitest compiles the CLI first
 * (build-cli-once.ts), and a compiled `upr-bot chat` takes about 0.5 s on the 2-core development
 * machine when idle, 2-3 s when other test suites load it; from the sources (tsx) about 2 s. The
 * budgets hold on a machine five times slower than idle, with room: a test fails on what the
 * program says, not on how fast the machine is.
 */
export const CLI_RUN_MS = 5_000;
export const SOURCE_RUN_MS = 15_000;

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
  options: { env?: Record<string, string>; input?: string; cwd?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.cwd ? { cwd: options.cwd } : {}),
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
