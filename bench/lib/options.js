'use strict';
// The command line: node bench/run.js [--scale N[,M]] [--duration S] [--peer hive|none] [--rounds R]
//   [--database-url URL] [--results DIR]
const path = require('node:path');
const { RESULTS } = require('./settings');

const USAGE =
  'usage: node bench/run.js [--scale N[,M]] [--duration S] [--peer hive|none] [--rounds R] [--database-url mysql://user:pass@host:port] [--results DIR]';

function parseArgs(argv) {
  const options = {
    scales: [1, 100],
    duration: 8,
    databaseUrl: process.env.DATABASE_URL || 'mysql://ehelse:ehelse@127.0.0.1:3306',
    results: RESULTS,
    peer: 'hive',
    rounds: undefined,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--scale') {
      options.scales = value()
        .split(',')
        .map((s) => {
          const n = Number(s);
          if (!Number.isInteger(n) || n < 1 || n > 1000)
            throw new Error(`--scale must be an integer 1..1000, got "${s}"`);
          return n;
        });
    } else if (flag === '--duration') {
      options.duration = Number(value());
      if (!(options.duration >= 1 && options.duration <= 120))
        throw new Error('--duration must be 1..120 seconds');
    } else if (flag === '--peer') {
      options.peer = value();
      if (!['hive', 'none'].includes(options.peer)) throw new Error('--peer must be hive or none');
    } else if (flag === '--rounds') {
      options.rounds = Number(value());
      if (!Number.isInteger(options.rounds) || options.rounds < 1 || options.rounds > 20)
        throw new Error('--rounds must be an integer 1..20');
    } else if (flag === '--database-url') {
      options.databaseUrl = value();
    } else if (flag === '--results') {
      // A quick or trial run written elsewhere leaves bench/results/latest.md as it was.
      options.results = path.resolve(value());
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  // Alternating rounds per query and gateway: a quick run (short load runs) does one.
  options.rounds ??= options.duration >= 4 ? 3 : 1;
  if (!/^mysql:\/\//.test(options.databaseUrl))
    throw new Error('--database-url must be mysql://user:pass@host:port');
  return options;
}

module.exports = { parseArgs };
