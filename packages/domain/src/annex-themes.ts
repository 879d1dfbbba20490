import type { Theme } from './enums';

/**
 * The first theme tags (R3) of the annex's memberships, forums and agreements. The annex names
 * subjects in words (forum names, an organisation's purpose, the cooperation areas of an
 * agreement); these tables put those words in the shared taxonomy so that partner matching works
 * from the first start. They are set when a record is created; the city can change them later.
 */
export const MEMBERSHIP_THEMES: Readonly<Record<string, readonly Theme[]>> = {
  'european-cities-against-drugs': ['drug_prevention', 'public_health'],
  eurocities: ['urban_development', 'social_inclusion', 'business_growth', 'culture'],
  'union-of-baltic-cities': ['environment', 'urban_development', 'culture'],
  'international-council-for-local-environmental-initiatives': ['environment', 'climate_energy'],
  'baltic-metropolises': ['business_growth', 'urban_development'],
  'energie-cites': ['climate_energy'],
  'healthy-cities': ['public_health'],
  'baltic-development-forum': ['business_growth'],
};

export const FORUM_THEMES: Readonly<Record<string, readonly Theme[]>> = {
  'eurocities-culture-forum': ['culture'],
  'eurocities-environment-forum': ['environment', 'climate_energy'],
  'eurocities-social-affairs-forum': ['social_inclusion'],
  'eurocities-social-affairs-forum-migration-and-integration': ['integration'],
  'eurocities-social-affairs-forum-employment': ['employment'],
  'eurocities-social-affairs-forum-urban-security': ['safety'],
  'eurocities-social-affairs-forum-education': ['education'],
  'eurocities-social-affairs-forum-homelessness': ['housing', 'social_inclusion'],
  'eurocities-economical-forum': ['business_growth'],
  'eurocities-economical-forum-competitiveness': ['business_growth'],
  'eurocities-economical-forum-strategic-planning': ['urban_development'],
  'eurocities-economical-forum-financial-incentives': ['business_growth'],
  'eurocities-economical-forum-urbact': ['urban_development'],
  'eurocities-cooperation-government': ['democracy_governance'],
  'eurocities-cooperation-lisbon-strategy': ['employment', 'business_growth'],
};

/** An agreement's cooperation areas, as the annex words them, in the taxonomy. */
export const COOPERATION_AREA_THEMES: Readonly<Record<string, readonly Theme[]>> = {
  ekonomi: ['business_growth'],
  kultur: ['culture'],
  sport: ['youth'],
  utbildning: ['education'],
  turism: ['business_growth'],
  samhällsservice: ['social_inclusion'],
  näringsliv: ['business_growth'],
  ungdomsfrågor: ['youth'],
  miljö: ['environment'],
  'kultur, fritid och turism': ['culture', 'business_growth'],
  'sysselsättning och utbildning': ['employment', 'education'],
  'näringsliv och innovation': ['business_growth'],
  'närdemokrati och delaktighet': ['democracy_governance'],
};

/** The themes of an agreement from its cooperation areas, each once, in taxonomy order. */
export function agreementThemes(cooperationAreas: readonly string[]): Theme[] {
  const themes = new Set(cooperationAreas.flatMap((area) => COOPERATION_AREA_THEMES[area] ?? []));
  return [...themes];
}
