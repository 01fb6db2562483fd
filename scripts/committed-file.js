// Writes a generated file, or with --check fails when the committed one differs from it.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const checking = process.argv.includes('--check');

/** True when the file is (now) what it should be; on --check a stale file is reported, not written. */
function writeOrCheck(file, content, fix) {
  const name = path.relative(root, file);
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed === content) {
    if (checking) console.log(`${name} is up to date.`);
    return true;
  }
  if (checking) {
    console.error(`${name} is stale: run \`${fix}\` and commit it.`);
    return false;
  }
  fs.writeFileSync(file, content);
  console.log(`Wrote ${name}.`);
  return true;
}

module.exports = { root, checking, writeOrCheck };
