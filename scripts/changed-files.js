// What the start's build steps compare to decide that an input changed: size and modification
// time, as make does (a `touch` counts as a change; reading contents would cost more than it
// saves), and the version of each installed package a bundle reads.
const fs = require('node:fs');
const path = require('node:path');

/** Undefined when the file is gone. */
function fingerprint(file) {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** `node_modules/@scope/name/…` → its folder, `node_modules/@scope/name` (the innermost one). */
function packageFolderOf(file) {
  const match = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
  return match?.[1];
}

const versionOf = (packageFolder) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(packageFolder, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
};

const readJsonOr = (file, fallback) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return fallback;
  }
};

module.exports = { fingerprint, packageFolderOf, versionOf, readJsonOr };
