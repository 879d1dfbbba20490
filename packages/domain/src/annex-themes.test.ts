import { describe, expect, it } from 'vitest';
import annexData from '../data/annex-2006.json';
import { parseAnnex } from './annex';
import {
  agreementThemes,
  COOPERATION_AREA_THEMES,
  FORUM_THEMES,
  MEMBERSHIP_THEMES,
} from './annex-themes';
import { THEMES } from './enums';

const annex = parseAnnex(annexData);

describe('R3 the annex in the shared theme taxonomy', () => {
  it('gives every forum and membership of the annex themes, and names nothing else', () => {
    expect(Object.keys(FORUM_THEMES).sort()).toEqual(annex.forums.map((f) => f.key).sort());
    expect(Object.keys(MEMBERSHIP_THEMES).sort()).toEqual(
      annex.memberships.map((m) => m.organisationKey).sort(),
    );
    for (const themes of [...Object.values(FORUM_THEMES), ...Object.values(MEMBERSHIP_THEMES)]) {
      expect(themes.length).toBeGreaterThan(0);
      for (const theme of themes) expect(THEMES).toContain(theme);
    }
  });

  it('maps every cooperation area an annex agreement names', () => {
    const areas = annex.partnerCities.flatMap((c) =>
      c.agreements.flatMap((a) => a.cooperationAreas),
    );
    for (const area of areas) expect(COOPERATION_AREA_THEMES[area], area).toBeDefined();
  });

  it("turns Newcastle's four areas into five themes, each once", () => {
    expect(
      agreementThemes([
        'kultur, fritid och turism',
        'sysselsättning och utbildning',
        'näringsliv och innovation',
        'närdemokrati och delaktighet',
      ]),
    ).toEqual(['culture', 'business_growth', 'employment', 'education', 'democracy_governance']);
    expect(agreementThemes(['ekonomi', 'turism'])).toEqual(['business_growth']);
    expect(agreementThemes([])).toEqual([]);
  });
});
