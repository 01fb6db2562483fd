'use strict';
// CPU time and memory of a process, read from Linux /proc: utime + stime of /proc/<pid>/stat
// (in clock ticks) and VmRSS of /proc/<pid>/status. Elsewhere (no /proc) every reading is null.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');

let ticksPerSecond;
function clockTicks() {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      ticksPerSecond = 100; // Linux's USER_HZ almost everywhere
    }
  }
  return ticksPerSecond;
}

/** CPU milliseconds (user + system) the process has used so far, or null when it cannot be read. */
function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 (utime) and 15 (stime) of proc(5); fields[0] is field 3 (state).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return null;
  }
}

/** Resident set size in MB, or null. */
function rssMb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The local MariaDB/MySQL server's pid (by command name), or null when it runs elsewhere or is hidden. */
function databasePid() {
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const name = fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (name === 'mariadbd' || name === 'mysqld') return Number(entry);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return null;
}

/**
 * Watches processes through one load run: CPU before and after, RSS sampled meanwhile.
 * `processes` maps a label to a pid. stop() returns { [label]: { cpuMs, rss: [MB…] } }.
 */
function watch(processes, intervalMs = 250) {
  const entries = Object.entries(processes).filter(([, pid]) => pid);
  const before = Object.fromEntries(entries.map(([label, pid]) => [label, cpuMs(pid)]));
  const rss = Object.fromEntries(entries.map(([label]) => [label, []]));
  const sample = () => {
    for (const [label, pid] of entries) {
      const mb = rssMb(pid);
      if (mb !== null) rss[label].push(mb);
    }
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const result = {};
      for (const [label, pid] of entries) {
        const after = cpuMs(pid);
        result[label] = {
          cpuMs: after === null || before[label] === null ? null : after - before[label],
          rss: rss[label],
        };
      }
      return result;
    },
  };
}

module.exports = { cpuMs, rssMb, databasePid, watch, clockTicks };
