/**
 * Which CPU each indexing lane's Pagefind process is held to. Pagefind's threads, spread
 * over two CPUs, spent about 40% of their time in the kernel (memory returned by its
 * allocator makes every CPU the process ran on flush its address translations); held to
 * one CPU each, the lanes used 10–25% less CPU (bench/results.md). This only pays where
 * the lanes have the machine's CPUs to themselves, so it is done only where there are no
 * more CPUs than lanes: there a process gains nothing from a second one anyway.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Pin } from "./pagefind-process.ts";

/** "0-1,4" → [0, 1, 4]: the list form of /proc/self/status's Cpus_allowed_list. */
export function parseCpuList(list: string): number[] {
  const cpus: number[] = [];
  for (const part of list.trim().split(",").filter(Boolean)) {
    const [from, to = from] = part.split("-").map(Number);
    if (from === undefined || to === undefined || !Number.isInteger(from) || !Number.isInteger(to)) return [];
    for (let cpu = from; cpu <= to; cpu++) cpus.push(cpu);
  }
  return cpus;
}

/** The CPUs this process may run on (Linux), or none where that cannot be read. */
function allowedCpus(): number[] {
  try {
    const list = /^Cpus_allowed_list:\s*(.*)$/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    return list ? parseCpuList(list) : [];
  } catch {
    return [];
  }
}

function findOnPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  return (env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, command))
    .find((candidate) => existsSync(candidate));
}

/** Whether `taskset` can start a process on `cpu` here (a container may forbid it, or lack the CPU). */
function canPin(taskset: string, cpu: number): boolean {
  return spawnSync(taskset, ["-c", String(cpu), "true"], { stdio: "ignore", timeout: 5000 }).status === 0;
}

/**
 * One entry per lane: where its Pagefind process runs, or undefined to leave it to the
 * system. Each CPU is tried first, since a Pagefind that taskset cannot start would fail the build.
 */
export function lanePins(lanes: number, cpus = allowedCpus(), env: NodeJS.ProcessEnv = process.env): (Pin | undefined)[] {
  const found = cpus.length >= 2 && cpus.length <= lanes ? findOnPath("taskset", env) : undefined;
  const chosen = Array.from({ length: lanes }, (_, lane) => cpus[lane % cpus.length]!);
  const taskset = found && chosen.every((cpu) => canPin(found, cpu)) ? found : undefined;
  return chosen.map((cpu) => (taskset ? { taskset, cpu } : undefined));
}
