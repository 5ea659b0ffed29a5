export { crisisRule, CRISIS_SOURCE, HUMOUR_EMOJI, JOKE_HASHTAGS } from './crisisRule';
export { crisisMessagesDe, crisisMessagesEn } from './messages';
