import { describe, expect, it } from '@jest/globals';
import { matchesEtag, negotiateLanguage } from './portal.controller';

describe('portal HTTP rules', () => {
  it('answers in the language asked by ?lang=, else the first supported one of Accept-Language, else English', () => {
    expect(negotiateLanguage({ query: { lang: 'en' }, headers: {} })).toBe('en');
    expect(negotiateLanguage({ query: { lang: 'ar' }, headers: { 'accept-language': 'fr' } })).toBe('ar');
    expect(negotiateLanguage({ query: { lang: 'xx' }, headers: { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8' } })).toBe('fr');
    expect(negotiateLanguage({ query: {}, headers: { 'accept-language': 'de-DE, ru;q=0.5, en;q=0.4' } })).toBe('ru');
    expect(negotiateLanguage({ query: { lang: ['en', 'fr'] }, headers: { 'accept-language': 'q=;;,,;' } })).toBe('en');
    expect(negotiateLanguage({ query: {}, headers: {} })).toBe('en');
  });

  it('treats a matching If-None-Match (strong, weak, in a list or *) as a current copy', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
  });
});
