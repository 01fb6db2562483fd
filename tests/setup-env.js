process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';
require('reflect-metadata');
// Suites change their databases directly (beside the gateway), which no cache can see: the
// response cache is on only in the suites that test it (tests/response-cache*.test.ts).
process.env.RESPONSE_CACHE = process.env.RESPONSE_CACHE || 'false';
