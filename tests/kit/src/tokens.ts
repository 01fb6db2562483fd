import { loadConfig, signDevToken, type DevTokenOptions } from '@ehelse/shared/runtime';

/** An Authorization header with a development token for the role. */
export async function bearer(options: DevTokenOptions): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signDevToken(loadConfig(process.env).auth, options)}` };
}

export const asAdmin = () => bearer({ role: 'admin', subject: 'secretariat' });
export const asReporter = (organisationId: string) => bearer({ role: 'reporter', organisationId });
export const asReader = () => bearer({ role: 'reader' });
