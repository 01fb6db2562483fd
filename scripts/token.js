#!/usr/bin/env node
// Prints a development JWT and nothing else on stdout:
//   npm run -s token -- --role reporter|admin|reader [--org ORGANISATION_ID] [--sub NAME] [--expires 8h] [--out FILE]
// (`-s` keeps npm's own banner lines out of a captured token: TOKEN=$(npm run -s token -- --role admin)).
const fs = require('node:fs');
const { parseArgs } = require('node:util');
const { loadConfig, signDevToken, ROLES } = require('../shared/dist/runtime');
const { isRegisteredOrganisation } = require('../shared/dist/db');

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    org: { type: 'string' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '8h' },
    out: { type: 'string' },
  },
});
if (!ROLES.includes(values.role)) {
  console.error(`--role must be one of ${ROLES.join(', ')}`);
  process.exit(2);
}
if (values.role === 'reporter' && !values.org) {
  console.error('A reporter reports for one organisation: add --org, e.g. --org helse-vest-rhf');
  process.exit(2);
}
if (values.org !== undefined && !isRegisteredOrganisation(values.org)) {
  console.error(
    `--org "${values.org}" is no organisation the API knows: use an organisation id (slug) from ` +
      'subgraphs/portfolio/data/organisations.json or `{ organisationsConnection(first: 100) { edges { node { id } } } }`, e.g. helse-vest-rhf',
  );
  process.exit(2);
}
signDevToken(loadConfig(process.env).auth, {
  role: values.role,
  organisationId: values.org,
  subject: values.sub,
  expiresIn: values.expires,
}).then(
  (token) => {
    if (values.out) fs.writeFileSync(values.out, `${token}\n`, { mode: 0o600 });
    else process.stdout.write(`${token}\n`);
  },
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
