import { controlCharacterField } from './text-input-guard';

describe('control characters in text arguments', () => {
  it('finds them at any depth and names the field as clients write it', () => {
    expect(controlCharacterField({ id: '161\u0000' })).toBe('id');
    expect(controlCharacterField({ input: { projectId: '161\u001f' } })).toBe('projectId');
    expect(
      controlCharacterField({ input: { costShares: [{ funder: 'RHF' }, { funder: 'A\u007f' }] } }),
    ).toBe('costShares[1].funder');
    expect(controlCharacterField({ input: { name: 'To\nlinjer' } })).toBe('name');
  });

  it('refuses C1 controls and bidirectional overrides, which display other than they read', () => {
    expect(controlCharacterField({ input: { name: 'Heliks' } })).toBe('name');
    expect(controlCharacterField({ input: { name: 'abc‮dcba' } })).toBe('name');
    expect(controlCharacterField({ input: { comment: 'xy' } })).toBe('comment');
  });

  it('lets multi-line prose keep line breaks and tabs, nothing else', () => {
    expect(controlCharacterField({ input: { comment: 'En\r\nto\tre' } })).toBeNull();
    expect(controlCharacterField({ csv: 'a;b\r\nc;d' })).toBeNull();
    expect(controlCharacterField({ input: { decision: 'vedtak\u0000' } })).toBe('decision');
  });

  it('ignores numbers, dates, null and clean text', () => {
    expect(
      controlCharacterField({ year: 2019, from: new Date(), to: null, search: 'Æøå – ok' }),
    ).toBeNull();
  });
});
