import type { Locale } from '../labels';

// Plain data, no zod: the dashboard's first load reads these without the schemas.

/**
 * Our own issue codes and their messages. Refinements carry the Swedish message and the code
 * (`params.code`); `fieldErrors` picks the English one by code when the UI is English.
 */
export const INPUT_MESSAGES = {
  REQUIRED: { sv: 'Fältet måste fyllas i.', en: 'This field is required.' },
  INVALID_DATE: {
    sv: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
    en: 'Enter a valid date (YYYY-MM-DD).',
  },
  END_BEFORE_START: {
    sv: 'Slutdatumet får inte vara före startdatumet.',
    en: 'The end date cannot be before the start date.',
  },
  START_OUTSIDE_YEAR: {
    sv: 'Startdatumet måste ligga inom det angivna året.',
    en: 'The start date must fall within the given year.',
  },
  OWN_CONTRIBUTION_OVER_BUDGET: {
    sv: 'Den egna insatsen får inte vara större än budgeten.',
    en: 'The own contribution cannot exceed the budget.',
  },
  EU_FUNDING_SOUGHT_OVER_BUDGET: {
    sv: 'Sökt EU-finansiering får inte vara större än budgeten.',
    en: 'The EU funding sought cannot exceed the budget.',
  },
  EU_FUNDING_GRANTED_OVER_SOUGHT: {
    sv: 'Beviljad EU-finansiering får inte vara större än den sökta.',
    en: 'The EU funding granted cannot exceed the funding sought.',
  },
  PARTNER_EXACTLY_ONE: {
    sv: 'Ange exakt en av partnerstad, organisation eller namn för partnern.',
    en: 'Give exactly one of partner city, organisation or name for the partner.',
  },
  DUPLICATE_PRIORITY: {
    sv: 'Den här prioriteringen finns redan i planen.',
    en: 'This priority is already in the plan.',
  },
  MEETING_COUNTERPART_EXACTLY_ONE: {
    sv: 'Välj ett forum, en organisation eller en partnerstad – exakt ett av dem.',
    en: 'Choose a forum, an organisation or a partner city – exactly one of them.',
  },
  SECONDMENT_HOST_EXACTLY_ONE: {
    sv: 'Ange antingen en enhet inom staden eller en extern organisation, inte båda.',
    en: 'Give either a city unit or an external organisation, not both.',
  },
  SECONDMENT_PERSON_REQUIRED: {
    sv: 'Ange vem som utstationeras när en enhet inom staden är vald.',
    en: 'Give the person seconded when a city unit is chosen.',
  },
  REPORT_WITHOUT_END: {
    sv: 'Ange utstationeringens slutdatum innan rapporten registreras.',
    en: 'Give the end date of the secondment before recording its report.',
  },
  REPORT_BEFORE_END: {
    sv: 'Rapporten kan inte vara inlämnad före utstationeringens slut.',
    en: 'The report cannot be submitted before the secondment ends.',
  },
  WAIVER_REASON_TOO_SHORT: {
    sv: 'Skriv skälet till undantaget (minst 10 tecken).',
    en: 'Give the reason for the waiver (at least 10 characters).',
  },
  INVALID_EMAIL: {
    sv: 'Ange en giltig e-postadress.',
    en: 'Enter a valid e-mail address.',
  },
  INVALID_COUNTRY: {
    sv: 'Ange landet som en landskod med två bokstäver (ISO 3166-1), t.ex. DK.',
    en: 'Give the country as a two-letter country code (ISO 3166-1), e.g. DK.',
  },
  TO_YEAR_BEFORE_FROM_YEAR: {
    sv: 'Slutåret får inte vara före startåret.',
    en: 'The last year cannot be before the first year.',
  },
  ENDED_BEFORE_SINCE: {
    sv: 'Medlemskapet kan inte ha upphört före det år det började.',
    en: 'The membership cannot have ended before the year it began.',
  },
  VALID_UNTIL_BEFORE_SIGNED: {
    sv: 'Avtalet kan inte gälla till ett datum före det år det undertecknades.',
    en: 'The agreement cannot end before the year it was signed.',
  },
  PARENT_IS_SELF: {
    sv: 'En post kan inte ligga under sig själv.',
    en: 'A record cannot be placed under itself.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
export type InputErrorCode = keyof typeof INPUT_MESSAGES;
