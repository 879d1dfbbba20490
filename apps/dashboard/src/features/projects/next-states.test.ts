import { describe, expect, it } from 'vitest';
import { nextStates } from './ProjectTransition';

describe('the "Byt status" choices', () => {
  it('are the lifecycle’s allowed steps from the current state', () => {
    expect(nextStates('idea')).toEqual(['preparing_application', 'closed']);
    expect(nextStates('preparing_application')).toEqual(['idea', 'submitted', 'closed']);
    expect(nextStates('submitted')).toEqual(['granted', 'rejected']);
    expect(nextStates('granted')).toEqual(['running', 'closed']);
    expect(nextStates('rejected')).toEqual(['preparing_application', 'closed']);
    expect(nextStates('running')).toEqual(['closed']);
    expect(nextStates('closed')).toEqual([]);
  });
});
