import { loadConfig } from '../config';
import { applyClaimMapping, claimMappingOf, HELSEID_ORG_NUMBER_CLAIMS } from './org-number';

const PARENT = 'helseid://claims/client/claims/orgnr_parent';
const CHILD = 'helseid://claims/client/claims/orgnr_child';

describe('AUTH_ORG_NUMBER_MAP and AUTH_SCOPE_ROLE_MAP', () => {
  it('reads JSON and key=value lists alike, with HelseID claims by default', () => {
    const json = claimMappingOf({
      AUTH_ORG_NUMBER_MAP: '{"983658725": "helse-vest-rhf"}',
      AUTH_SCOPE_ROLE_MAP: '{"ehelse:graph/report": "reporter"}',
    });
    const pairs = claimMappingOf({
      AUTH_ORG_NUMBER_MAP: ' 983658725=helse-vest-rhf , ',
      AUTH_SCOPE_ROLE_MAP: 'ehelse:graph/report=reporter',
    });
    expect(pairs).toEqual(json);
    expect(json.organisationNumberClaims).toEqual(HELSEID_ORG_NUMBER_CLAIMS);
    expect(
      claimMappingOf({ AUTH_ORG_NUMBER_CLAIMS: 'orgnr, other' }).organisationNumberClaims,
    ).toEqual(['orgnr', 'other']);
    expect(loadConfig({}).auth.claimMapping).toEqual({
      organisationNumbers: {},
      organisationNumberClaims: HELSEID_ORG_NUMBER_CLAIMS,
      scopeRoles: {},
    });
  });

  it.each([
    ['AUTH_ORG_NUMBER_MAP', '{not json', /not valid JSON/],
    ['AUTH_ORG_NUMBER_MAP', '["983658725"]', /JSON object/],
    ['AUTH_ORG_NUMBER_MAP', '98365872=helse-vest-rhf', /9 digits/],
    ['AUTH_ORG_NUMBER_MAP', '983658725=Helse Vest', /slug/],
    ['AUTH_ORG_NUMBER_MAP', '983658725', /key=value/],
    ['AUTH_SCOPE_ROLE_MAP', 'scope=superuser', /one of reader, reporter, admin/],
  ])('refuses to start with %s=%s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

describe('applying the mapping to a verified token', () => {
  const mapping = claimMappingOf({
    AUTH_ORG_NUMBER_MAP: '983658725=helse-vest-rhf,991324968=helse-bergen-hf',
    AUTH_SCOPE_ROLE_MAP:
      'ehelse:graph/read=reader,ehelse:graph/report=reporter,ehelse:graph/admin=admin',
  });

  it('names the organisation of the first organisation-number claim the map knows', () => {
    expect(applyClaimMapping({ sub: 'c', [PARENT]: '983658725' }, mapping).org).toBe(
      'helse-vest-rhf',
    );
    // The child unit is read first; an unknown child falls back to the parent.
    expect(
      applyClaimMapping({ sub: 'c', [PARENT]: '983658725', [CHILD]: '991324968' }, mapping).org,
    ).toBe('helse-bergen-hf');
    expect(
      applyClaimMapping({ sub: 'c', [PARENT]: '983658725', [CHILD]: '999999999' }, mapping).org,
    ).toBe('helse-vest-rhf');
    expect(applyClaimMapping({ sub: 'c', [PARENT]: '999999999' }, mapping).org).toBeUndefined();
  });

  it('keeps a token’s own org and role', () => {
    const mapped = applyClaimMapping(
      {
        sub: 'c',
        org: 'helse-nord-rhf',
        role: 'reader',
        [PARENT]: '983658725',
        scope: 'ehelse:graph/admin',
      },
      mapping,
    );
    expect(mapped).toMatchObject({ org: 'helse-nord-rhf', role: 'reader' });
  });

  it('grants the strongest role the scopes map to, from a string or an array', () => {
    expect(
      applyClaimMapping({ scope: 'openid ehelse:graph/report ehelse:graph/read' }, mapping).role,
    ).toBe('reporter');
    expect(
      applyClaimMapping({ scope: ['ehelse:graph/admin', 'ehelse:graph/read'] }, mapping).role,
    ).toBe('admin');
    expect(applyClaimMapping({ scope: 'openid' }, mapping).role).toBeUndefined();
  });

  it('takes the subject from client_id when the token has no sub', () => {
    expect(applyClaimMapping({ client_id: 'rhf-system' }, mapping).sub).toBe('rhf-system');
    expect(applyClaimMapping({ sub: 'a', client_id: 'b' }, mapping).sub).toBe('a');
  });
});
