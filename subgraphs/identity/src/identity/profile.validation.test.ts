import { validateHandle, validateProfile } from './profile.validation';

describe('profile validation', () => {
  it('accepts good handles and clears with ""', () => {
    expect(validateHandle('alice_01')).toBe('alice_01');
    expect(validateHandle('')).toBeNull();
  });

  it.each(['Al', 'alice!', '1alice', 'UPPER', 'a'.repeat(31), 'admin', 'root'])(
    'rejects handle %p',
    (handle) => {
      expect(() => validateHandle(handle)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    },
  );

  it('trims text, enforces lengths and refuses control characters', () => {
    expect(validateProfile({ displayName: '  Alice  ' })).toEqual({ displayName: 'Alice' });
    expect(() => validateProfile({ displayName: 'x'.repeat(81) })).toThrow(/longer than 80/);
    expect(() => validateProfile({ bio: 'bell\u0007' })).toThrow(/control characters/);
    expect(validateProfile({ bio: 'line one\nline two' })).toEqual({ bio: 'line one\nline two' });
  });

  it('accepts only https avatar URLs', () => {
    expect(validateProfile({ avatarUrl: 'https://example.com/a.png' })).toEqual({
      avatarUrl: 'https://example.com/a.png',
    });
    expect(() => validateProfile({ avatarUrl: 'javascript:alert(1)' })).toThrow(/https/);
    expect(() => validateProfile({ avatarUrl: 'not a url' })).toThrow(/not a URL/);
  });
});
