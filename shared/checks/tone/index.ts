export { toneRule, TONE_SOURCE, KNOWN_ABBREVIATIONS } from './toneRule';
export { toneMessagesDe, toneMessagesEn } from './messages';
export { findEmoji, isEmojiCluster, type EmojiSpan } from './emoji';
export { camelCaseHashtag, splitHashtag, HASHTAG_WORDS } from './hashtagWords';
export { findAddressMix, isMidSentence } from './address';
