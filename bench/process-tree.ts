/**
 * Runs a command and measures it as the targets are stated: wall seconds, and the peak
 * resident memory of EVERY process in its tree (Eleventy, Pagefind's binary, workers).
 * Linux only: /proc is polled for descendants, and each one's VmHWM (its own high-water
 * mark, kept by the kernel) is read while it lives, so short peaks between polls still count.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface ProcessPeak {
  pid: number;
  /** The process's command line, shortened. */
  command: string;
  peakBytes: number;
  /** User and system CPU seconds, as last seen while it ran. */
  cpuSeconds: number;
  userSeconds: number;
  systemSeconds: number;
}

export interface MeasuredRun {
  exitCode: number;
  seconds: number;
  /** Every process seen in the tree, largest first. */
  processes: ProcessPeak[];
  /** The largest resident set any one process reached. */
  peakBytes: number;
  /** The largest sum of resident sets of the tree's processes at one poll. */
  treePeakBytes: number;
  /** CPU seconds of the whole tree: each process's last reading, summed. */
  userSeconds: number;
  systemSeconds: number;
  stdout: string;
  stderr: string;
}

/** Clock ticks per second for /proc's CPU times: 100 on every Linux this runs on. */
const TICKS = 100;

/** Fields of /proc/PID/stat after the command name (which is in parentheses and may hold spaces). */
function statFields(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

function parentOf(pid: string): number | undefined {
  const fields = statFields(pid);
  return fields ? Number(fields[1]) : undefined;
}

function cpuSecondsOf(pid: number): { user: number; system: number } | undefined {
  const fields = statFields(pid);
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return fields ? { user: Number(fields[11]) / TICKS, system: Number(fields[12]) / TICKS } : undefined;
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(name);
    if (parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(Number(name));
    else children.set(parent, [Number(name)]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function memoryOf(pid: number): { hwm: number; rss: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    if (!hwm || !rss) return undefined;
    return { hwm: Number(hwm[1]) * 1024, rss: Number(rss[1]) * 1024 };
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    const words = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return words
      .map((w) => (w.includes("/") ? w.split("/").slice(-2).join("/") : w))
      .join(" ")
      .slice(0, 80);
  } catch {
    return "?";
  }
}

export function measureCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; pollMilliseconds?: number; echo?: boolean },
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    const peaks = new Map<number, ProcessPeak>();
    let treePeakBytes = 0;
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    const poll = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of descendantsOf(child.pid)) {
        const memory = memoryOf(pid);
        if (!memory) continue;
        sum += memory.rss;
        const cpu = cpuSecondsOf(pid) ?? { user: 0, system: 0 };
        const known = peaks.get(pid);
        if (known) {
          known.peakBytes = Math.max(known.peakBytes, memory.hwm);
          known.userSeconds = Math.max(known.userSeconds, cpu.user);
          known.systemSeconds = Math.max(known.systemSeconds, cpu.system);
          known.cpuSeconds = known.userSeconds + known.systemSeconds;
        } else {
          peaks.set(pid, { pid, command: commandOf(pid), peakBytes: memory.hwm, cpuSeconds: cpu.user + cpu.system, userSeconds: cpu.user, systemSeconds: cpu.system });
        }
      }
      treePeakBytes = Math.max(treePeakBytes, sum);
    };
    const timer = setInterval(poll, options.pollMilliseconds ?? 100);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const processes = [...peaks.values()].sort((a, b) => b.peakBytes - a.peakBytes);
      resolve({
        exitCode: code ?? 1,
        seconds: (performance.now() - started) / 1000,
        processes,
        peakBytes: processes[0]?.peakBytes ?? 0,
        treePeakBytes,
        userSeconds: processes.reduce((sum, p) => sum + p.userSeconds, 0),
        systemSeconds: processes.reduce((sum, p) => sum + p.systemSeconds, 0),
        stdout,
        stderr,
      });
    });
  });
}
