// Authentication and authorisation, one concern per file under auth/; this is their public face.
export * from './auth/roles';
export * from './auth/auth-checker';
export * from './auth/claims';
export * from './auth/org-number';
export * from './auth/refusals';
export * from './auth/key-set';
export * from './auth/verifier';
export * from './auth/dev-token';
export * from './auth/read-only';
export * from './auth/refusal-count';
export * from './auth/production';
