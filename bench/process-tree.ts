import { readdirSync, readFileSync } from "node:fs";

export type ProcessInfo = { pid: number; ppid: number; rssMiB: number; peakMiB: number; command: string };

function read(pid: number): ProcessInfo | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
    return { pid, ppid: field("PPid"), rssMiB: field("VmRSS") / 1024, peakMiB: field("VmHWM") / 1024, command };
  } catch {
    return null;
  }
}

/** A process and all its descendants (Linux /proc). */
export function processTree(root: number): ProcessInfo[] {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => read(Number(name)) ?? []);
  const tree: ProcessInfo[] = [];
  const visit = (pid: number) => {
    const found = all.find((p) => p.pid === pid);
    if (!found) return;
    tree.push(found);
    all.filter((p) => p.ppid === pid).forEach((child) => visit(child.pid));
  };
  visit(root);
  return tree;
}
