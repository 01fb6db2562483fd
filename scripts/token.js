#!/usr/bin/env node
// Prints a development JWT: npm run token -- --role reporter|admin|reader [--org ORGANISATION_ID] [--sub NAME] [--expires 8h]
const { parseArgs } = require('node:util');
const { loadConfig, signDevToken, ROLES } = require('../shared/dist');

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    org: { type: 'string' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '8h' },
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
signDevToken(loadConfig().auth, {
  role: values.role,
  organisationId: values.org,
  subject: values.sub,
  expiresIn: values.expires,
}).then(
  (token) => console.log(token),
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
